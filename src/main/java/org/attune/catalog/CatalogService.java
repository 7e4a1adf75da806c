package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.content.CourseDefinition;
import org.attune.content.CourseDisclosures;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleTranslation;
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
    PublishedCatalog published;

    // What learners' pages read comes from the published catalog held in memory (PublishedCatalog), without a
    // transaction or SQL once it is warm; the rest reads the entities.

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleSummary> publishedModules() {
        return published.now().modules();
    }

    /** Every published module in catalog order, with its current lessons: what a learner's standing is read from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleOutline> outlines() {
        return published.now().outlines();
    }

    /** The slug of the module the lesson belongs to (retired or not), if the lesson exists. */
    public Optional<String> moduleOfLesson(long lessonId) {
        return Optional.ofNullable(em.find(Lesson.class, lessonId))
                .map(l -> l.getModule().getSlug());
    }

    /** Whether each course, by slug, makes its certificate wait for its lessons' reading time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Boolean> readingTimeRequired() {
        return published.now().readingTimeRequired();
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
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> moduleIds() {
        return published.now().outlines().stream().collect(Collectors.toMap(ModuleOutline::slug, ModuleOutline::id));
    }

    /** The published module with this slug. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ModuleOutline> module(String slug) {
        return published.now().module(slug);
    }

    /** A current lesson of a published module, as a learner reads it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LessonPage> lesson(String moduleSlug, String lessonSlug) {
        return published.now().lesson(moduleSlug, lessonSlug);
    }

    /** Every revision of the module, newest first. */
    public List<ModuleRevision> revisions(String moduleSlug) {
        return findBySlug(moduleSlug)
                .map(m -> em.createNamedQuery("ModuleRevision.of", ModuleRevision.class)
                        .setParameter("module", m.getId())
                        .getResultList())
                .orElse(List.of());
    }

    /**
     * The files of a revision as it was published, by path (empty for a revision published before revisions kept
     * their text: its content hash is all there is).
     */
    public Map<String, String> revisionText(long revisionId) {
        var files = new LinkedHashMap<String, String>();
        em.createNamedQuery("ModuleRevisionFile.of", ModuleRevisionFile.class)
                .setParameter("revision", revisionId)
                .getResultStream()
                .forEach(f -> files.put(f.getPath(), f.getContent()));
        return files;
    }

    /** The published module's current revision number, if it is published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Integer> revisionOf(String moduleSlug) {
        return module(moduleSlug).map(ModuleOutline::revision);
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
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseSummary> courses() {
        return published.now().courses();
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
                        null,
                        m.getLanguage(),
                        RevisionTranslations.of(em, m)));
    }

    /** The language the published module is written in ({@code en} for one not published). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String language(String moduleSlug) {
        return published.now().lessonPages().getOrDefault(moduleSlug, Map.of()).values().stream()
                .findFirst()
                .map(LessonPage::language)
                .orElse(ModuleDefinition.ENGLISH);
    }

    /** The module's text in the language, as its current revision keeps it, when it has a translation into it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ModuleTranslation> translation(String moduleSlug, String language) {
        return published.now().translation(moduleSlug, language);
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

    /**
     * What the course discloses (authors and their credentials, conflicts of interest, commercial support), for
     * the catalog and for the audit pack; empty when there is no such course or it discloses nothing.
     */
    public CourseDisclosures disclosures(String courseSlug) {
        return findCourse(courseSlug).map(c -> c.definition().disclosures()).orElse(CourseDisclosures.NONE);
    }

    /** The published modules of a course, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleSummary> modulesOf(String courseSlug) {
        return published.now().courses().stream()
                .filter(c -> courseSlug.equals(c.slug()))
                .findFirst()
                .map(CourseSummary::modules)
                .orElse(List.of());
    }

    /** The slug of the course a module belongs to, if any. */
    public Optional<String> courseOf(String moduleSlug) {
        return findBySlug(moduleSlug).map(CourseModule::getCourse).map(Course::getSlug);
    }

    static ModuleSummary summary(CourseModule m) {
        return new ModuleSummary(
                m.getSlug(),
                m.getTitle(),
                m.getSummary(),
                m.getCeHours(),
                m.currentLessons().size());
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

    // The Author area's lookups by slug are cached (with the modules they return) in Hibernate's second-level
    // cache; any change made through JPA invalidates them, on every node of a cluster. Cached queries are read with
    // getResultList(): Hibernate serves a stream (a scroll) from the database every time.
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
