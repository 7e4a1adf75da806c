package org.attune.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.attune.account.AccountRefusal;
import org.attune.account.CurrentAccount;
import org.attune.certificate.RecordRetention;
import org.attune.web.ClientAddress;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;

/**
 * "Close my account" on My account: with the password, the account is closed ({@link AccountClosing}), this
 * session ends and the browser goes to the sign-in page, which says so; every other session ends at its next
 * request.
 */
@Named
@RequestScoped
public class ClosingView {

    @Inject
    AccountClosing closing;

    @Inject
    CurrentAccount me;

    @Inject
    RecordRetention retention;

    @Inject
    FacesContext faces;

    @NotBlank(message = "{validation.account.closePassword.required}")
    private String password;

    public void close() throws IOException {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            closing.close(me.id().orElseThrow(), password.toCharArray(), ClientAddress.of(request));
        } catch (AccountRefusal refusal) {
            faces.addMessage(
                    "closing:closePassword",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(Texts.current(), refusal), null));
            return;
        } finally {
            password = null;
        }
        try {
            request.logout();
        } catch (ServletException alreadyOut) {
            // The session is invalidated next, which signs it out as well.
        }
        Faces.invalidateSession();
        Faces.redirect(request.getContextPath() + "/signin?signedout=closed");
    }

    /** How long this person's records are kept after closing (their courses' longest retention period). */
    public int getYears() {
        return retention.ofAccount(me.id().orElseThrow()).years();
    }

    /** Whether the person was ever certified, and so keeps their learning records for the period too. */
    public boolean isCertified() {
        return !retention.certifiedCourses(me.id().orElseThrow()).isEmpty();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
