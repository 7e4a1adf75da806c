package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseEditing;
import org.attune.ce.CeRules;
import org.attune.content.CourseApproval;

/**
 * The approvals a course holds, as admins enter them: only an admin may, each names a body Attune has a profile
 * for, its number, and a period that does not end before it starts. What an admin enters stands whatever
 * course.yaml says later. A save that crosses another admin's is refused, changing nothing.
 */
@ApplicationScoped
public class CourseApprovalEditing {

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

    @Inject
    CourseEditing editing;

    @Inject
    CeRules rules;

    /** Adds an approval to the course; refused with the reason in the admin's words. */
    public void add(String courseSlug, String body, String number, LocalDate from, LocalDate to, String format)
            throws AuthoringRefusal {
        requireAdmin();
        if (body == null || rules.profile(body).isEmpty()) {
            throw new AuthoringRefusal("author.refusal.approval.body");
        }
        if (number == null || number.isBlank()) {
            throw new AuthoringRefusal("author.refusal.approval.number");
        }
        if (from == null || to == null) {
            throw new AuthoringRefusal("author.refusal.approval.dates");
        }
        if (to.isBefore(from)) {
            throw new AuthoringRefusal("author.refusal.approval.endsBefore", to.toString(), from.toString());
        }
        var course = catalog.course(courseSlug).orElseThrow(() -> new AuthoringRefusal("author.refusal.noCourse"));
        var approvals = new ArrayList<>(course.approvals());
        approvals.add(new CourseApproval(
                body, number.strip(), from, to, format == null || format.isBlank() ? null : format.strip()));
        save(courseSlug, approvals);
    }

    /** Removes the course's approval at this position (as the course lists them). */
    public void remove(String courseSlug, int position) throws AuthoringRefusal {
        requireAdmin();
        var course = catalog.course(courseSlug).orElseThrow(() -> new AuthoringRefusal("author.refusal.noCourse"));
        if (position < 0 || position >= course.approvals().size()) {
            throw new AuthoringRefusal("author.refusal.approval.gone");
        }
        var approvals = new ArrayList<>(course.approvals());
        approvals.remove(position);
        save(courseSlug, approvals);
    }

    private void save(String courseSlug, List<CourseApproval> approvals) throws AuthoringRefusal {
        var version = catalog.courseVersion(courseSlug).orElseThrow();
        if (!editing.replaceApprovals(courseSlug, approvals, version)) {
            throw new AuthoringRefusal("author.refusal.approval.conflict");
        }
    }

    private void requireAdmin() throws AuthoringRefusal {
        if (!me.hasRole(Role.admin)) {
            throw new AuthoringRefusal("author.refusal.approval.adminsOnly");
        }
    }
}
