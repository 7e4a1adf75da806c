package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.content.CourseDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.database.DatabaseClock;

/**
 * Definitions written into the catalog: a module from its {@code modules/} folder or from an author's draft, as its
 * next revision, and a course from its course.yaml. Nobody's progress is lost: lessons are matched by slug, updated
 * in place, and retired rather than deleted. Only authoring calls this (through its one home for publishing, which
 * writes the module's post-test in the same transaction); learners' pages read through {@link CatalogService}.
 */
@ApplicationScoped
@Transactional
public class CatalogPublishing {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedCatalog published;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * Brings the module named by its folder's definition in step with it, as a module of the given course (or of
     * none), when the folder changed since it was last imported: a restart with the same folder changes nothing,
     * and so never undoes what an author published in the browser since.
     */
    public ImportOutcome importModule(ModuleDefinition definition, String courseSlug) {
        published.changed();
        var existing = findModule(definition.slug());
        var course = courseSlug == null ? null : findCourse(courseSlug).orElseThrow();
        var hash = definition.contentHash();
        if (existing.isPresent()
                && hash.equals(existing.get().getFolderHash())
                && existing.get().getCourse() == course) {
            return ImportOutcome.UNCHANGED;
        }
        var outcome = apply(definition, course, ModuleRevision.Source.FOLDER, "modules/ folder");
        findModule(definition.slug()).orElseThrow().importedFromFolder(hash);
        return outcome;
    }

    /** Publishes an author's draft of the module as its next revision (nothing, when nothing changed). */
    public ImportOutcome publishModule(ModuleDefinition definition, String courseSlug, String publishedBy) {
        published.changed();
        var course = courseSlug == null
                ? null
                : findCourse(courseSlug)
                        .orElseThrow(() -> new IllegalStateException(
                                "A draft names the course '" + courseSlug + "', which does not exist"));
        return apply(definition, course, ModuleRevision.Source.AUTHOR, publishedBy);
    }

    /**
     * Adds or updates the course its course.yaml describes, when the file changed since it was last imported (so a
     * restart never undoes an author's edits made since).
     */
    public void importCourse(CourseDefinition definition) {
        published.changed();
        var existing = findCourse(definition.slug());
        var hash = definition.contentHash();
        if (existing.isPresent() && hash.equals(existing.get().getFolderHash())) {
            return;
        }
        var course = existing.orElseGet(() -> new Course(definition.slug()));
        course.describeAs(definition);
        course.continuingEducationAsFolderSays(definition);
        course.issueAsFolderSays(definition.autoIssue());
        course.importedFromFolder(hash);
        if (existing.isEmpty()) {
            em.persist(course);
        }
    }

    /**
     * Adds the module, or updates it in place as its next revision. Lessons keep their identity (and so everyone's
     * progress) as long as their slug does; a lesson left out is retired, not deleted.
     */
    private ImportOutcome apply(
            ModuleDefinition definition, Course course, ModuleRevision.Source source, String publishedBy) {
        var now = Instant.now(clock);
        var existing = findModule(definition.slug());
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
        module.getLessons().sort(Comparator.comparingInt(Lesson::getSortOrder));
        em.persist(new ModuleRevision(module, source, publishedBy, now));
        return existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.ADDED;
    }

    /**
     * Keeps the text of the module's newest revision, file by file (path to its content, as the module's exported
     * folder holds it), in the transaction that made the revision: what learners read while it was live.
     */
    public void keepText(String moduleSlug, Map<String, String> files) {
        var module = findModule(moduleSlug).orElseThrow();
        var revision = em.createNamedQuery("ModuleRevision.of", ModuleRevision.class)
                .setParameter("module", module.getId())
                .setMaxResults(1)
                .getSingleResult();
        files.forEach((path, content) -> em.persist(new ModuleRevisionFile(revision.getId(), path, content)));
    }

    private Optional<CourseModule> findModule(String slug) {
        return em.createNamedQuery("CourseModule.bySlug", CourseModule.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    private Optional<Course> findCourse(String slug) {
        return em.createNamedQuery("Course.bySlug", Course.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }
}
