package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.content.CourseDefinition;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.Reference;
import org.hibernate.jpa.HibernateHints;

/**
 * The catalog's reading boundary: what learners may see of the published modules, and what the Author area reads
 * of courses and modules. What writes the catalog is {@link CatalogPublishing} (definitions from folders and
 * drafts) and {@link CourseEditing} (courses edited in the application, and who teaches them).
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RenderedLessons rendered;

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
        var required = new LinkedHashMap<String, Boolean>();
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
        var summaries = new ArrayList<CourseSummary>();
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
                                .map(r -> new Reference(r.getTitle(), r.getAuthor(), r.getYear()))
                                .toList(),
                        m.currentLessons().stream()
                                .map(l -> new LessonDefinition(
                                        l.getSlug(), l.getSortOrder(), l.getTitle(), l.getMinutes(), l.getMarkdown()))
                                .toList(),
                        null));
    }

    /** The slugs of the courses the account teaches. */
    public Set<String> coursesTaughtBy(long accountId) {
        return em.createNamedQuery("Course.all", Course.class)
                .getResultStream()
                .filter(c -> c.getInstructors().contains(accountId))
                .map(Course::getSlug)
                .collect(Collectors.toSet());
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

    private static BigDecimal hours(List<CourseModule> modules) {
        return modules.stream().map(CourseModule::getCeHours).reduce(BigDecimal.ZERO, BigDecimal::add);
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
