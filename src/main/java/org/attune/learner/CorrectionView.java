package org.attune.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.certificate.CertificateRefusal;
import org.attune.certificate.CertificateService;
import org.attune.certificate.CertificateStatus;
import org.attune.certificate.ReissueRequests;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Ask for a corrected certificate" on My certificates: the learner picks one of their issued certificates with no
 * request open and says what to correct; an admin decides. The certificate changes only when an admin approves.
 */
@Named
@RequestScoped
public class CorrectionView {

    @Inject
    CertificateService certificates;

    @Inject
    ReissueRequests requests;

    @Inject
    CurrentAccount me;

    private List<SelectItem> choices;

    private String code;

    @Size(max = 1000, message = "{validation.correction.note}")
    private String note;

    /** Asks, then shows My certificates afresh (with the request's state), or says beside the field why not. */
    public void ask() throws IOException {
        try {
            requests.request(me.id().orElseThrow(), code, note);
            Messages.addFlashGlobalInfo(Texts.text("certificate.correction.thanks"));
            Faces.redirect(Faces.getRequestContextPath() + "/certificates");
        } catch (CertificateRefusal refusal) {
            Messages.addError("correction:code", Texts.text(Texts.current(), refusal));
        }
    }

    /** The learner's issued certificates with no request open, by course and code. */
    public List<SelectItem> getChoices() {
        if (choices == null) {
            choices = certificates.of(me.id().orElseThrow()).stream()
                    .filter(c -> c.getStatus() == CertificateStatus.ISSUED)
                    .filter(c -> requests.open(c.getCode()).isEmpty())
                    .map(c -> new SelectItem(c.getCode(), c.snapshot().courseTitle() + " (" + c.getCode() + ")"))
                    .toList();
        }
        return choices;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
