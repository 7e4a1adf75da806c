package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.catalog.CatalogService;
import org.attune.ce.AccreditorProfile;
import org.attune.ce.ApprovalCheck;
import org.attune.ce.CeRules;
import org.attune.content.CourseApproval;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Compliance ({@code /admin/compliance}): every course with the approvals it holds and its checks against each
 * body's rules (passed, warning or refused, with the figures), and where admins enter and remove approvals. It sits
 * with authoring because the checks are those publishing applies.
 */
@Named
@ViewScoped
public class ComplianceView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A course as the page shows it: its approvals and the check of each. */
    public record Row(String slug, String title, List<CourseApproval> approvals, List<ApprovalCheck> checks) {}

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

    @Inject
    ApprovalChecks approvalChecks;

    @Inject
    CourseApprovalEditing editing;

    @Inject
    CeRules rules;

    private transient List<Row> rows;

    private String course;
    private String body;
    private String number;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String format = "home study";

    public void load() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "Compliance is an admin's page.");
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = catalog.allCourses().stream()
                    .map(c -> new Row(c.slug(), c.title(), c.approvals(), approvalChecks.ofCourse(c.slug())))
                    .toList();
        }
        return rows;
    }

    public List<AccreditorProfile> getProfiles() {
        return rules.profiles();
    }

    public String bodyName(String id) {
        return rules.profile(id).map(AccreditorProfile::name).orElse(id);
    }

    public void add() {
        try {
            editing.add(course, body, number, validFrom, validTo, format);
            Messages.addGlobalInfo(Texts.text("admin.compliance.added", number));
            number = null;
            rows = null;
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    public void remove(String courseSlug, int position) {
        try {
            editing.remove(courseSlug, position);
            Messages.addGlobalInfo(Texts.text("admin.compliance.removed"));
            rows = null;
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
