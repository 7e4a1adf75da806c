package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;

/**
 * Changes to courses that people make in the application rather than in course.yaml: a course created and edited in
 * the Author area, and who teaches which course (an admin's decision). Authoring and admin pages call this, after
 * their own check of who may; learners' pages read courses through {@link CatalogService}.
 */
@ApplicationScoped
@Transactional
public class CourseEditing {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedCatalog published;

    /**
     * Creates a course in the Author area, taught (and so authored) by its creator; it has no modules yet, and its
     * certificates wait for an admin's approval until an admin decides otherwise. The caller chooses a slug no
     * course has.
     */
    public void createCourse(CourseDefinition definition, long creatorId) {
        published.changed();
        if (findCourse(definition.slug()).isPresent()) {
            throw new IllegalStateException("A course with the address '" + definition.slug() + "' exists.");
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
        published.changed();
        var course = findCourse(definition.slug())
                .orElseThrow(() -> new IllegalStateException("There is no course '" + definition.slug() + "'"));
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

    /**
     * Replaces the approvals the course holds (an admin's decision; the caller checks that an admin asks and that
     * each names a known body). They stand from then on, whatever course.yaml says. Refused, changing nothing, if
     * someone saved the course since the admin loaded it.
     */
    public boolean replaceApprovals(String slug, List<CourseApproval> approvals, long loadedVersion) {
        published.changed();
        var course = findCourse(slug).orElseThrow(() -> new IllegalStateException("There is no course '" + slug + "'"));
        if (course.getVersion() != loadedVersion) {
            return false;
        }
        course.approvalsAsAdminChose(approvals);
        em.flush();
        return true;
    }

    /** Makes the account an instructor of exactly these courses (an admin's decision). */
    public void assignTeaching(long accountId, Set<String> courseSlugs) {
        for (var course : em.createNamedQuery("Course.all", Course.class).getResultList()) {
            if (courseSlugs.contains(course.getSlug())) {
                course.getInstructors().add(accountId);
            } else {
                course.getInstructors().remove(accountId);
            }
        }
    }

    private Optional<Course> findCourse(String slug) {
        return em.createNamedQuery("Course.bySlug", Course.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }
}
