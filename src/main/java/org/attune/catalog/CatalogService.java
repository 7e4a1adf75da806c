package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.content.CourseDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.database.DatabaseClock;
import org.hibernate.jpa.HibernateHints;

/**
 * The catalog's boundary: what learners may see of the published modules, and the import that keeps modules and
 * lessons in step with their definitions without losing anyone's progress (lessons are matched by slug, updated
 * in place, and retired rather than deleted).
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RenderedLessons rendered;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    public List<ModuleSummary> publishedModules() {
        return published().stream().map(CatalogService::summary).toList();
    }

    /** Every published module in catalog order, with its current lessons: what a learner's standing is read from. */
    public List<ModuleOutline> outlines() {
        return published().stream().map(ModuleOutline::of).toList();
    }

    /** The slug of the module the lesson belongs to (retired or not), if the lesson exists. */
    public Optional<String> moduleOfLesson(long lessonId) {
        return Optional.ofNullable(em.find(Lesson.class, lessonId))
                .map(l -> l.getModule().getSlug());
    }

    /** Whether each course, by slug in title order, makes its certificate wait for its lessons' reading time. */
    public Map<String, Boolean> readingTimeRequired() {
        var required = new java.util.LinkedHashMap<String, Boolean>();
        em.createNamedQuery("Course.all", Course.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList()
                .forEach(c -> required.put(c.getSlug(), c.isRequireReadingTime()));
        return required;
    }

    /** The id of the module with this slug (published or not), if it exists. */
    public Optional<Long> idOf(String slug) {
        return findBySlug(slug).map(CourseModule::getId);
    }

    /** The slug of the module with this id, if it exists. */
    public Optional<String> slugOf(long moduleId) {
        return Optional.ofNullable(em.find(CourseModule.class, moduleId)).map(CourseModule::getSlug);
    }

    /** The ids of the published modules, by slug. */
    public Map<String, Long> moduleIds() {
        return published().stream().collect(Collectors.toMap(CourseModule::getSlug, CourseModule::getId));
    }

    public Optional<ModuleOutline> module(String slug) {
        return publishedModule(slug).map(ModuleOutline::of);
    }

    public Optional<LessonPage> lesson(String moduleSlug, String lessonSlug) {
        var module = publishedModule(moduleSlug);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        var lessons = module.get().currentLessons();
        for (int i = 0; i < lessons.size(); i++) {
            var lesson = lessons.get(i);
            if (lesson.getSlug().equals(lessonSlug)) {
                return Optional.of(new LessonPage(
                        ModuleOutline.of(module.get()),
                        LessonOutline.of(lesson),
                        rendered.html(lesson.getId(), lesson.getMarkdown()),
                        i > 0 ? LessonOutline.of(lessons.get(i - 1)) : null,
                        i + 1 < lessons.size() ? LessonOutline.of(lessons.get(i + 1)) : null));
            }
        }
        return Optional.empty();
    }

    /**
     * Brings the module named by its folder's definition in step with it, as a module of the given course (or of
     * none), when the folder changed since it was last imported: a restart with the same folder changes nothing,
     * and so never undoes what an author published in the browser since.
     */
    public ImportOutcome importModule(ModuleDefinition definition, String courseSlug) {
        var existing = findBySlug(definition.slug());
        var course = courseSlug == null ? null : findCourse(courseSlug).orElseThrow();
        var hash = definition.contentHash();
        if (existing.isPresent()
                && hash.equals(existing.get().getFolderHash())
                && existing.get().getCourse() == course) {
            return ImportOutcome.UNCHANGED;
        }
        var outcome = apply(definition, course, ModuleRevision.Source.FOLDER, "modules/ folder");
        findBySlug(definition.slug()).orElseThrow().importedFromFolder(hash);
        return outcome;
    }

    /** Publishes an author's draft of the module as its next revision (nothing, when nothing changed). */
    public ImportOutcome publishModule(ModuleDefinition definition, String courseSlug, String publishedBy) {
        var course = courseSlug == null
                ? null
                : findCourse(courseSlug).orElseThrow(() -> new IllegalArgumentException(courseSlug));
        return apply(definition, course, ModuleRevision.Source.AUTHOR, publishedBy);
    }

    /**
     * Adds the module, or updates it in place as its next revision. Lessons keep their identity (and so everyone's
     * progress) as long as their slug does; a lesson left out is retired, not deleted.
     */
    private ImportOutcome apply(
            ModuleDefinition definition, Course course, ModuleRevision.Source source, String publishedBy) {
        var now = Instant.now(clock);
        var existing = findBySlug(definition.slug());
        if (existing.isPresent()
                && existing.get().getContentHash().equals(definition.contentHash())
                && existing.get().getCourse() == course) {
            return ImportOutcome.UNCHANGED;
        }
        var module = existing.orElseGet(() -> new CourseModule(definition.slug()));
        module.describeAs(definition, course, now);
        if (existing.isEmpty()) {
            em.persist(module);
        }
        Map<String, Lesson> bySlug = new HashMap<>(
                module.getLessons().stream().collect(Collectors.toMap(Lesson::getSlug, Function.identity())));
        for (var lessonDefinition : definition.lessons()) {
            var lesson = bySlug.remove(lessonDefinition.slug());
            if (lesson == null) {
                lesson = new Lesson(module, lessonDefinition.slug());
                module.getLessons().add(lesson);
                lesson.describeAs(lessonDefinition);
                em.persist(lesson);
            } else {
                lesson.describeAs(lessonDefinition);
            }
        }
        bySlug.values().forEach(Lesson::retire);
        module.getLessons().sort(java.util.Comparator.comparingInt(Lesson::getSortOrder));
        em.persist(new ModuleRevision(module, source, publishedBy, now));
        return existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.ADDED;
    }

    /** Every revision of the module, newest first. */
    public List<ModuleRevision> revisions(String moduleSlug) {
        return findBySlug(moduleSlug)
                .map(m -> em.createNamedQuery("ModuleRevision.of", ModuleRevision.class)
                        .setParameter("module", m.getId())
                        .getResultList())
                .orElse(List.of());
    }

    /** The published module's current revision number, if it is published. */
    public Optional<Integer> revisionOf(String moduleSlug) {
        return publishedModule(moduleSlug).map(CourseModule::getRevision);
    }

    public boolean lessonExists(long lessonId) {
        var lesson = em.find(Lesson.class, lessonId);
        return lesson != null && !lesson.isRetired();
    }

    /**
     * Adds or updates the course its course.yaml describes, when the file changed since it was last imported (so a
     * restart never undoes an author's edits made since).
     */
    public void importCourse(CourseDefinition definition) {
        var existing = findCourse(definition.slug());
        var hash = definition.contentHash();
        if (existing.isPresent() && hash.equals(existing.get().getFolderHash())) {
            return;
        }
        var course = existing.orElseGet(() -> new Course(definition.slug()));
        course.describeAs(definition);
        course.issueAsFolderSays(definition.autoIssue());
        course.importedFromFolder(hash);
        if (existing.isEmpty()) {
            em.persist(course);
        }
    }

    /**
     * Creates a course in the Author area, taught (and so authored) by its creator; it has no modules yet, and its
     * certificates wait for an admin's approval until an admin decides otherwise.
     */
    public void createCourse(CourseDefinition definition, long creatorId) {
        if (findCourse(definition.slug()).isPresent()) {
            throw new IllegalArgumentException("A course with the address '" + definition.slug() + "' exists.");
        }
        var course = new Course(definition.slug());
        course.describeAs(definition);
        course.issueAsFolderSays(false);
        course.getInstructors().add(creatorId);
        em.persist(course);
    }

    /**
     * Saves an author's edit of the course, unless someone else saved it since the author loaded it (the version
     * they loaded is no longer current), in which case nothing is changed and the answer is false. Whether its
     * certificates are issued at once changes only when an admin saves it ({@code byAdmin}), and that choice then
     * stands across restarts whatever course.yaml says; anyone else's edit leaves it as it is.
     */
    public boolean updateCourse(CourseDefinition definition, long loadedVersion, boolean byAdmin) {
        var course = findCourse(definition.slug()).orElseThrow(() -> new IllegalArgumentException(definition.slug()));
        if (course.getVersion() != loadedVersion) {
            return false;
        }
        course.describeAs(definition);
        if (byAdmin && definition.autoIssue() != course.isAutoIssue()) {
            course.issueAsAdminChose(definition.autoIssue());
        }
        em.flush();
        return true;
    }

    /** The version of the course as stored now, for an editor to send back with its save. */
    public Optional<Long> courseVersion(String slug) {
        return findCourse(slug).map(Course::getVersion);
    }

    /** Every course, published modules or not, in title order: what an admin may author. */
    public List<CourseDefinition> allCourses() {
        return em.createNamedQuery("Course.all", Course.class)
                .getResultStream()
                .map(Course::definition)
                .toList();
    }

    /** The slug of every module ever imported or published, so that a new one gets another. */
    public List<String> allModuleSlugs() {
        return em.createQuery("select m.slug from CourseModule m", String.class).getResultList();
    }

    /** Every module of the course, published or not, by slug; for the Author area. */
    public List<ModuleSummary> authoredModulesOf(String courseSlug) {
        return em.createQuery(
                        "select m from CourseModule m where m.course.slug = :course order by m.sortOrder, m.title",
                        CourseModule.class)
                .setParameter("course", courseSlug)
                .getResultStream()
                .map(CatalogService::summary)
                .toList();
    }

    /** Every course with its published modules, and (as a course of slug null) the modules that belong to none. */
    public List<CourseSummary> courses() {
        var modules = published();
        var summaries = new java.util.ArrayList<CourseSummary>();
        for (var course : em.createNamedQuery("Course.all", Course.class).getResultList()) {
            var own = modules.stream().filter(m -> m.getCourse() == course).toList();
            if (!own.isEmpty()) {
                var definition = course.definition();
                summaries.add(new CourseSummary(
                        course.getSlug(),
                        definition.title(),
                        definition.summary(),
                        definition.scopeNote(),
                        hours(own),
                        own.stream().map(CatalogService::summary).toList()));
            }
        }
        var loose = modules.stream().filter(m -> m.getCourse() == null).toList();
        if (!loose.isEmpty()) {
            summaries.add(new CourseSummary(
                    null,
                    "Other modules",
                    "",
                    "",
                    hours(loose),
                    loose.stream().map(CatalogService::summary).toList()));
        }
        return summaries;
    }

    /** The module as its folder would define it now (without its quiz, which the quiz service holds). */
    public Optional<ModuleDefinition> definitionOf(String slug) {
        return findBySlug(slug)
                .map(m -> new ModuleDefinition(
                        m.getSlug(),
                        m.getTitle(),
                        m.getSortOrder(),
                        m.getCeHours(),
                        m.getSummary(),
                        List.copyOf(m.getObjectives()),
                        m.getReferences().stream()
                                .map(r -> new org.attune.content.Reference(r.getTitle(), r.getAuthor(), r.getYear()))
                                .toList(),
                        m.currentLessons().stream()
                                .map(l -> new org.attune.content.LessonDefinition(
                                        l.getSlug(), l.getSortOrder(), l.getTitle(), l.getMinutes(), l.getMarkdown()))
                                .toList(),
                        null));
    }

    /** The slugs of the courses the account teaches. */
    public java.util.Set<String> coursesTaughtBy(long accountId) {
        return em.createNamedQuery("Course.all", Course.class)
                .getResultStream()
                .filter(c -> c.getInstructors().contains(accountId))
                .map(Course::getSlug)
                .collect(Collectors.toSet());
    }

    /** Makes the account an instructor of exactly these courses (an admin's decision). */
    public void assignTeaching(long accountId, java.util.Set<String> courseSlugs) {
        for (var course : em.createNamedQuery("Course.all", Course.class).getResultList()) {
            if (courseSlugs.contains(course.getSlug())) {
                course.getInstructors().add(accountId);
            } else {
                course.getInstructors().remove(accountId);
            }
        }
    }

    public Optional<CourseDefinition> course(String slug) {
        return findCourse(slug).map(Course::definition);
    }

    /** The published modules of a course, in order. */
    public List<ModuleSummary> modulesOf(String courseSlug) {
        return published().stream()
                .filter(m -> m.getCourse() != null && m.getCourse().getSlug().equals(courseSlug))
                .map(CatalogService::summary)
                .toList();
    }

    /** The slug of the course a module belongs to, if any. */
    public Optional<String> courseOf(String moduleSlug) {
        return findBySlug(moduleSlug).map(CourseModule::getCourse).map(Course::getSlug);
    }

    private static ModuleSummary summary(CourseModule m) {
        return new ModuleSummary(
                m.getSlug(),
                m.getTitle(),
                m.getSummary(),
                m.getCeHours(),
                m.currentLessons().size());
    }

    private static java.math.BigDecimal hours(List<CourseModule> modules) {
        return modules.stream()
                .map(CourseModule::getCeHours)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    private Optional<Course> findCourse(String slug) {
        return em
                .createNamedQuery("Course.bySlug", Course.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst();
    }

    // The catalog's queries are cached (with the modules, lessons and courses they return) in Hibernate's
    // second-level cache: every page reads them, and they change only when something is published. Any change
    // made through JPA invalidates them, on every node of a cluster (standalone-ha's invalidation caches). Cached
    // queries are read with getResultList(): Hibernate serves a stream (a scroll) from the database every time.
    private List<CourseModule> published() {
        return em.createNamedQuery("CourseModule.published", CourseModule.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }

    private Optional<CourseModule> publishedModule(String slug) {
        return findBySlug(slug).filter(CourseModule::isPublished);
    }

    private Optional<CourseModule> findBySlug(String slug) {
        return em
                .createNamedQuery("CourseModule.bySlug", CourseModule.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst();
    }
}
