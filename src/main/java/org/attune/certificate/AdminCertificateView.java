package org.attune.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.attune.account.AccountService;
import org.attune.account.CurrentAccount;
import org.attune.account.Licences;
import org.attune.account.ReaderLanguage;
import org.attune.account.Role;
import org.attune.web.Dates;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One certificate for admins ({@code /admin/certificate/{code}}): what it prints, its audit trail, and the learner's
 * open request for a corrected reissue, if any, beside the details a reissue would print, to approve or decline
 * with a reason. A decision goes back to this page's address, with what happened.
 */
@Named
@RequestScoped
public class AdminCertificateView {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentAccount me;

    @Inject
    ReissueRequests requests;

    @Inject
    AccountService accounts;

    @Inject
    Licences licences;

    @Inject
    PublicUrl publicUrl;

    @Inject
    @Param(pathIndex = 0)
    String code;

    private Certificate certificate;
    private List<CertificateEvent> history;
    private ReissueRequest correction;
    private boolean lookedUp;
    private Snapshot current;
    private String declineReason;

    public void load() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "Certificates are managed by admins.");
            return;
        }
        certificate = certificates.find(code).orElse(null);
        if (certificate == null) {
            Faces.responseSendError(404, "No certificate has this code.");
            return;
        }
        history = certificates.history(certificate.getCode());
    }

    /** Approves the learner's request: the certificate is reissued with their current details. */
    public void approveCorrection() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "Certificates are managed by admins.");
            return;
        }
        try {
            var replacement = requests.approve(code, publicUrl.base(), me.getEmail());
            Messages.addFlashGlobalInfo(Texts.text("admin.certificate.reissuedAs", replacement.getCode()));
        } catch (CertificateRefusal refusal) {
            Messages.addFlashGlobalError(Texts.text(Texts.current(), refusal));
        }
        Faces.redirect(Faces.getRequestContextPath() + "/admin/certificate/" + code);
    }

    /** Declines the learner's request with the reason they will read on My certificates. */
    public void declineCorrection() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "Certificates are managed by admins.");
            return;
        }
        try {
            requests.decline(code, declineReason, me.getEmail());
            Messages.addFlashGlobalInfo(Texts.text("admin.certificate.declined"));
        } catch (CertificateRefusal refusal) {
            Messages.addFlashGlobalError(Texts.text(Texts.current(), refusal));
        }
        Faces.redirect(Faces.getRequestContextPath() + "/admin/certificate/" + code);
    }

    /**
     * The open request, if any; read on first use, so that the page's postback (which runs no view action) still
     * finds the form it holds.
     */
    public ReissueRequest getCorrection() {
        if (!lookedUp) {
            lookedUp = true;
            correction = CertificateCode.normalize(code).flatMap(requests::open).orElse(null);
        }
        return correction;
    }

    /** What a reissue would print of the learner now: their current name, profession and printing licences. */
    public Snapshot getCurrent() {
        if (current == null && getCorrection() != null) {
            var printed = certificates.find(code).orElseThrow().snapshot();
            var learner = accounts.find(correction.getAccountId()).orElseThrow();
            current = new Snapshot(
                    printed.courseSlug(),
                    learner.getFullName(),
                    licences.printed(learner.getId()),
                    learner.getProfession(),
                    printed.courseTitle(),
                    printed.ceHours(),
                    printed.completedOn(),
                    printed.provider(),
                    printed.approvalStatement(),
                    printed.issuer(),
                    printed.verifyUrl(),
                    printed.contentRevisions(),
                    printed.approvals(),
                    printed.categories(),
                    printed.instructionalMinutes(),
                    ReaderLanguage.of(learner).toLanguageTag());
        }
        return current;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String requestedOn() {
        return getCorrection() == null ? "" : Dates.format(correction.getRequestedAt());
    }

    public String when(CertificateEvent event) {
        return Dates.format(event.getOccurredAt());
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public List<CertificateEvent> getHistory() {
        return history;
    }
}
