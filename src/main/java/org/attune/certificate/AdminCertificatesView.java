package org.attune.certificate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attune.account.AccountService;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseSummary;
import org.attune.web.Dates;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Certificates for admins ({@code /admin/certificates}): search (course, status, dates, name or code) over a lazily
 * loaded table, approve the pending one by one or in bulk, revoke with a reason, reissue, issue one manually with a
 * reason, and export what the search found as CSV or a course's certificates as one zip of PDFs.
 */
@Named
@ViewScoped
public class AdminCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A certificate as the admin list shows it. */
    public record Line(
            String code,
            CertificateStatus status,
            String learner,
            String email,
            String course,
            String requested,
            String note)
            implements Serializable {}

    @Inject
    CertificateService certificates;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentAccount me;

    @Inject
    PublicUrl publicUrl;

    private String courseSlug;
    private CertificateStatus status;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private boolean oldestFirst;
    private String reason;
    private List<Line> selected = new ArrayList<>();
    private String manualEmail;
    private String manualCourse;
    private String manualReason;
    private List<CourseSummary> courses;

    private final LazyDataModel<Line> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private List<Line> page = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) certificates.count(search());
        }

        @Override
        public List<Line> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = sortBy.values().stream().findFirst();
            var found = certificates.search(
                    search(),
                    first,
                    pageSize,
                    sort.map(SortMeta::getField).orElse(null),
                    sort.map(m -> m.getOrder() == org.primefaces.model.SortOrder.DESCENDING)
                            .orElse(false));
            var emails = accounts.emailsOf(
                    found.stream().map(Certificate::getAccountId).distinct().toList());
            page = found.stream()
                    .map(c -> line(c, emails.get(c.getAccountId())))
                    .toList();
            setRowCount(count(filterBy));
            return page;
        }

        @Override
        public String getRowKey(Line line) {
            return line.code();
        }

        @Override
        public Line getRowData(String rowKey) {
            return page.stream()
                    .filter(l -> l.code().equals(rowKey))
                    .findFirst()
                    .orElse(null);
        }
    };

    public void load() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "Certificates are managed by admins.");
            return;
        }
        courses = catalog.courses().stream().filter(c -> c.slug() != null).toList();
    }

    public CertificateService.Search search() {
        return new CertificateService.Search(courseSlug, status, from, to, text, oldestFirst);
    }

    public void approve(String code) {
        act(() -> certificates.approve(code, me.getEmail()), "Approved " + code + ".");
    }

    public void approveSelected() {
        var pending = selected.stream()
                .filter(l -> l.status() == CertificateStatus.PENDING)
                .toList();
        if (pending.isEmpty()) {
            Messages.addGlobalWarn("Select one or more pending certificates first.");
            return;
        }
        act(
                () -> pending.forEach(l -> certificates.approve(l.code(), me.getEmail())),
                "Approved " + pending.size() + (pending.size() == 1 ? " certificate." : " certificates."));
        selected = new ArrayList<>();
    }

    public void revoke(String code) {
        if (reason == null || reason.isBlank()) {
            Messages.addGlobalError("Give a reason before revoking: it is shown to anyone who verifies the code.");
            return;
        }
        act(() -> certificates.revoke(code, reason, me.getEmail()), "Revoked " + code + ".");
        reason = null;
    }

    public void reissue(String code) {
        act(
                () -> certificates.reissue(code, publicUrl.base(), me.getEmail()),
                "Reissued " + code + " with the learner's current details.");
    }

    public void issueManually() {
        var learner = accounts.findByEmail(manualEmail);
        if (learner.isEmpty()) {
            Messages.addError("certificates:manualEmail", "No account has this email.");
            return;
        }
        var name = learner.get().getFullName();
        // Names are checked at sign-up; an account opened before that may hold one the certificate cannot print.
        var unprintable = org.attune.account.PrintableName.problem(name).isPresent()
                ? " The name has characters a certificate does not print as typed (a tab, an emoji or another"
                        + " script): check the PDF."
                : "";
        act(
                () -> certificates.issueManually(
                        learner.get().getId(), manualCourse, manualReason, me.getEmail(), publicUrl.base()),
                "Issued a certificate to " + name + "." + unprintable);
        manualEmail = null;
        manualReason = null;
    }

    private void act(Runnable action, String done) {
        if (!me.hasRole(Role.admin)) {
            Messages.addGlobalError("Only admins manage certificates.");
            return;
        }
        try {
            action.run();
            Messages.addGlobalInfo(done);
        } catch (RuntimeException e) {
            Messages.addGlobalError(rootMessage(e));
        }
    }

    /** The export link for what the search shows now. */
    public String getCsvLink() {
        var link = new StringBuilder(Faces.getRequestContextPath()).append("/api/admin/certificates.csv?");
        if (courseSlug != null && !courseSlug.isBlank()) {
            link.append("course=").append(courseSlug).append('&');
        }
        if (status != null) {
            link.append("status=").append(status.name());
        }
        return link.toString();
    }

    private static Line line(Certificate c, String email) {
        return new Line(
                c.getCode(),
                c.getStatus(),
                c.snapshot().learnerName(),
                Objects.requireNonNullElse(email, ""),
                c.snapshot().courseTitle(),
                Dates.format(c.getRequestedAt()),
                c.getRevocationReason() != null
                        ? "Revoked: " + c.getRevocationReason()
                        : c.getSupersededBy() != null ? "Replaced by " + c.getSupersededBy() : "");
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage();
    }

    public LazyDataModel<Line> getLines() {
        return lines;
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public void setCourseSlug(String courseSlug) {
        this.courseSlug = courseSlug;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public void setStatus(CertificateStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public void setOldestFirst(boolean oldestFirst) {
        this.oldestFirst = oldestFirst;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Line> getSelected() {
        return selected;
    }

    public void setSelected(List<Line> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getManualEmail() {
        return manualEmail;
    }

    public void setManualEmail(String manualEmail) {
        this.manualEmail = manualEmail;
    }

    public String getManualCourse() {
        return manualCourse;
    }

    public void setManualCourse(String manualCourse) {
        this.manualCourse = manualCourse;
    }

    public String getManualReason() {
        return manualReason;
    }

    public void setManualReason(String manualReason) {
        this.manualReason = manualReason;
    }
}
