package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseEditing;
import org.attune.content.CourseDefinition;
import org.attune.web.Texts;

/**
 * Courses in the Author area: the courses a person authors with their modules (published, in draft, or both), a
 * course created there (its creator then teaches it), and a course's details edited there. Changes to a course
 * apply at once; a save over someone else's newer one is refused and changes nothing.
 */
@ApplicationScoped
@Transactional(rollbackOn = AuthoringRefusal.class)
public class CourseAuthoring {

    @Inject
    Authors authors;

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

    @Inject
    CourseEditing editing;

    @Inject
    Drafts drafts;

    /** The courses the person authors, each with its modules: published, in draft, or both. */
    public List<AuthoredCourse> courses() {
        var courses = catalog.allCourses().stream()
                .filter(c -> authors.mayAuthorCourse(c.slug()))
                .toList();
        if (courses.isEmpty()) {
            return List.of();
        }
        var inDraft =
                drafts.ofCourses(courses.stream().map(CourseDefinition::slug).toList());
        var result = new ArrayList<AuthoredCourse>();
        for (var course : courses) {
            var modules = new ArrayList<AuthoredModule>();
            var published = catalog.authoredModulesOf(course.slug());
            for (var module : published) {
                var draft = inDraft.stream()
                        .filter(d -> d.getSlug().equals(module.slug()))
                        .findFirst();
                modules.add(new AuthoredModule(
                        module.slug(),
                        draft.map(ModuleDraft::getTitle).orElse(module.title()),
                        catalog.revisionOf(module.slug()).orElse(null),
                        draft.map(ModuleDraft::getUpdatedBy).orElse(null),
                        draft.map(ModuleDraft::getUpdatedAt).orElse(null),
                        module.lessonCount()));
            }
            inDraft.stream()
                    .filter(d -> d.getCourseSlug().equals(course.slug()))
                    .filter(d -> published.stream().noneMatch(m -> m.slug().equals(d.getSlug())))
                    .forEach(d -> modules.add(new AuthoredModule(
                            d.getSlug(), d.getTitle(), null, d.getUpdatedBy(), d.getUpdatedAt(), 0)));
            result.add(new AuthoredCourse(course, modules));
        }
        return result;
    }

    /** Creates a course that the person (an instructor or admin) then teaches; returns its slug. */
    public String createCourse(String title, String summary) throws AuthoringRefusal {
        authors.requireAuthor();
        if (title == null || title.isBlank()) {
            throw AuthoringRefusal.withFields(
                    "author.refusal.course.title", Map.of("title", Texts.text("author.rule.course.title")));
        }
        var taken = catalog.allCourses().stream().map(CourseDefinition::slug).collect(Collectors.toSet());
        var slug = DraftRules.slugFor(title, taken);
        editing.createCourse(
                CourseRules.newCourse(slug, title, summary), me.id().orElseThrow(NotAnAuthorException::new));
        return slug;
    }

    /** The course as an editor loads it, with the version to send back with its save. */
    public Optional<EditableCourse> course(String courseSlug) {
        authors.requireCourse(courseSlug);
        return catalog.course(courseSlug)
                .map(c ->
                        new EditableCourse(c, catalog.courseVersion(courseSlug).orElseThrow()));
    }

    public void saveCourse(CourseDefinition edited, long loadedVersion) throws AuthoringRefusal {
        authors.requireCourse(edited.slug());
        var stored =
                catalog.course(edited.slug()).orElseThrow(() -> new AuthoringRefusal("author.refusal.course.none"));
        var problems = CourseRules.problems(edited, stored, authors.isAdmin());
        if (!problems.isEmpty()) {
            throw AuthoringRefusal.withFields("author.refusal.course.fields", problems);
        }
        if (!editing.updateCourse(edited, loadedVersion, authors.isAdmin())) {
            throw new AuthoringRefusal("author.refusal.course.conflict");
        }
    }

    /** A course and its modules as the Author area lists them. */
    public record AuthoredCourse(CourseDefinition course, List<AuthoredModule> modules) implements Serializable {}

    /**
     * A module as the Author area lists it: its published revision (null if never published) and, when someone
     * is working on a draft, who saved it last and when.
     */
    public record AuthoredModule(
            String slug, String title, Integer revision, String draftUpdatedBy, Instant draftUpdatedAt, int lessonCount)
            implements Serializable {

        public boolean isDraft() {
            return draftUpdatedAt != null;
        }
    }

    /** A course as its editor loads it. */
    public record EditableCourse(CourseDefinition course, long version) implements Serializable {}
}
