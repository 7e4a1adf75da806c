package org.attune.certificate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.account.AccountService;
import org.attune.account.CurrentAccount;
import org.attune.account.PrintableName;
import org.attune.account.Role;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseSummary;
import org.attune.web.Dates;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Certificates for admins ({@code /admin/certificates}): search (course, status, dates, name or code) over a lazily
 * loaded table, approve the pending one by one or in bulk, revoke with a reason, reissue, issue one manually with a
 * reason, and export what the search found as CSV or a course's certificates as one zip of PDFs. What the rules
 * refuse is said in the refusal's words; anything else that fails says that nothing changed.
 */
@Named
@ViewScoped
public class AdminCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(AdminCertificatesView.class.getName());

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

    /** An admin's action, which the rules may refuse. */
    @FunctionalInterface
    private interface Action {
        void run() throws CertificateRefusal;
    }

    @Inject
    CertificateSearch search;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentAccount me;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ReissueRequests requests;

    @Inject
    CertificateService certificateService;

    /** A learner's open request for a corrected reissue, as the list shows it. */
    public record Correction(String code, String learner, String requested, String note) implements Serializable {}

    private List<Correction> corrections;

    private final CertificateFilter filter = new CertificateFilter();
    private final ManualIssueForm manual = new ManualIssueForm();
    private String reason;
    private List<Line> selected = new ArrayList<>();
    private List<CourseSummary> courses;

    private final LazyDataModel<Line> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private List<Line> page = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) search.count(filter.criteria());
        }

        @Override
        public List<Line> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = sortBy.values().stream().findFirst();
            var found = search.search(
                    filter.criteria(),
                    first,
                    pageSize,
                    sort.map(SortMeta::getField).orElse(null),
                    sort.map(m -> m.getOrder() == SortOrder.DESCENDING).orElse(false));
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

    public void approve(String code) {
        act(() -> lifecycle.approve(code, me.getEmail()), Texts.text("admin.certificates.approved", code));
    }

    public void approveSelected() {
        var pending = selected.stream()
                .filter(l -> l.status() == CertificateStatus.PENDING)
                .toList();
        if (pending.isEmpty()) {
            Messages.addGlobalWarn(Texts.text("admin.certificates.selectFirst"));
            return;
        }
        act(
                () -> {
                    for (var line : pending) {
                        lifecycle.approve(line.code(), me.getEmail());
                    }
                },
                Texts.text("admin.certificates.approvedCount", pending.size()));
        selected = new ArrayList<>();
    }

    public void revoke(String code) {
        if (reason == null || reason.isBlank()) {
            Messages.addGlobalError(Texts.text("admin.certificates.reasonFirst"));
            return;
        }
        if (act(() -> lifecycle.revoke(code, reason, me.getEmail()), Texts.text("admin.certificates.revoked", code))) {
            reason = null;
        }
    }

    public void reissue(String code) {
        act(
                () -> lifecycle.reissue(code, publicUrl.base(), me.getEmail()),
                Texts.text("admin.certificates.reissued", code));
    }

    public void issueManually() {
        var learner = accounts.findByEmail(manual.getEmail());
        if (learner.isEmpty()) {
            Messages.addError("certificates:manualEmail", Texts.text("admin.certificates.noAccount"));
            return;
        }
        var name = learner.get().getFullName();
        // Names are checked at sign-up; an account opened before that may hold one the certificate cannot print.
        var unprintable = PrintableName.problem(name).isPresent();
        boolean issued = act(
                () -> lifecycle.issueManually(
                        learner.get().getId(), manual.getCourse(), manual.getReason(), me.getEmail(), publicUrl.base()),
                Texts.text(unprintable ? "admin.certificates.issuedUnprintable" : "admin.certificates.issued", name));
        if (issued) {
            manual.clear();
        }
    }

    /** Runs the admin's action and says how it went; returns whether it was done. */
    private boolean act(Action action, String done) {
        if (!me.hasRole(Role.admin)) {
            Messages.addGlobalError(Texts.text("admin.certificates.adminsOnly"));
            return false;
        }
        try {
            action.run();
            Messages.addGlobalInfo(done);
            return true;
        } catch (CertificateRefusal refusal) {
            Messages.addGlobalError(Texts.text(Texts.current(), refusal));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An admin's action on certificates failed", e);
            Messages.addGlobalError(Texts.text("admin.certificates.failed"));
        }
        return false;
    }

    /** The export link for what the search shows now. */
    public String getCsvLink() {
        var link = new StringBuilder(Faces.getRequestContextPath()).append("/api/admin/certificates.csv?");
        var courseSlug = filter.getCourseSlug();
        if (courseSlug != null && !courseSlug.isBlank()) {
            link.append("course=").append(courseSlug).append('&');
        }
        if (filter.getStatus() != null) {
            link.append("status=").append(filter.getStatus().name());
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
                        ? Texts.text("admin.certificates.note.revoked", c.getRevocationReason())
                        : c.getSupersededBy() != null
                                ? Texts.text("admin.certificates.note.replaced", c.getSupersededBy())
                                : "");
    }

    /** The open requests for a corrected reissue, oldest first; each links to its certificate to decide. */
    public List<Correction> getCorrections() {
        if (corrections == null) {
            corrections = requests.open().stream()
                    .map(r -> new Correction(
                            r.getCertificate(),
                            certificates(r.getCertificate()),
                            Dates.format(r.getRequestedAt()),
                            Objects.requireNonNullElse(r.getNote(), "")))
                    .toList();
        }
        return corrections;
    }

    private String certificates(String code) {
        return certificateService
                .find(code)
                .map(c -> c.snapshot().learnerName())
                .orElse("");
    }

    public CertificateFilter getFilter() {
        return filter;
    }

    public ManualIssueForm getManual() {
        return manual;
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
}
