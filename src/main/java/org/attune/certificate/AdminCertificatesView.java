package org.attune.certificate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.attune.account.AccountService;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.web.Dates;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Certificates for admins ({@code /admin/certificates}): approve the pending, revoke with a reason, reissue. */
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
    CurrentAccount me;

    @Inject
    HttpServletRequest request;

    private List<Line> lines;
    private String reason;

    public void load() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "Certificates are managed by admins.");
            return;
        }
        refresh();
    }

    public void approve(String code) {
        act(() -> certificates.approve(code), "Approved " + code + ".");
    }

    public void revoke(String code) {
        if (reason == null || reason.isBlank()) {
            Messages.addGlobalError("Give a reason before revoking: it is shown to anyone who verifies the code.");
            return;
        }
        act(() -> certificates.revoke(code, reason), "Revoked " + code + ".");
        reason = null;
    }

    public void reissue(String code) {
        act(
                () -> certificates.reissue(code, PublicUrl.of(request)),
                "Reissued " + code + " with the learner's current details.");
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
        refresh();
    }

    private void refresh() {
        var all = certificates.all();
        Map<Long, String> emails = accounts.emailsOf(
                all.stream().map(Certificate::getAccountId).distinct().toList());
        lines = all.stream()
                .map(c -> new Line(
                        c.getCode(),
                        c.getStatus(),
                        c.snapshot().learnerName(),
                        emails.get(c.getAccountId()),
                        c.snapshot().courseTitle(),
                        Dates.format(c.getRequestedAt()),
                        c.getRevocationReason() != null
                                ? "Revoked: " + c.getRevocationReason()
                                : c.getSupersededBy() != null ? "Replaced by " + c.getSupersededBy() : ""))
                .toList();
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage();
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
