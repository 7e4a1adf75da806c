package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.attune.web.ClientAddress;
import org.attune.web.Texts;

/**
 * The reminder, on My learning, that the signed-in person's address is not confirmed yet (so no certificate can be
 * issued to it), with a button that mails a new link; and the welcome once it is.
 */
@Named
@RequestScoped
public class ConfirmationView {

    @Inject
    CurrentAccount me;

    @Inject
    AccountService accounts;

    @Inject
    EmailVerification verification;

    @Inject
    FacesContext faces;

    @Inject
    HttpServletRequest request;

    /** Whether the signed-in person has an address left to confirm. */
    public boolean isNeeded() {
        return me.id()
                .flatMap(accounts::cached)
                .map(account -> !account.isEmailVerified())
                .orElse(false);
    }

    public void resend() {
        var id = me.id();
        if (id.isEmpty()) {
            return;
        }
        try {
            verification.resend(id.get(), ClientAddress.of(request));
            faces.addMessage(
                    "confirmation",
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            Texts.text("account.confirmation.resent", me.getEmail()),
                            null));
        } catch (AccountRefusal refusal) {
            faces.addMessage(
                    "confirmation",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(Texts.current(), refusal), null));
        }
    }
}
