package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import org.attune.web.Texts;

/**
 * The page a confirmation link opens ({@code /confirm-email?token=}): confirms the address and signs the new
 * account's owner in (to My learning); after an email change, sends them to sign in with the new address. A link
 * that no longer works says so.
 */
@Named
@RequestScoped
public class ConfirmEmailView {

    @Inject
    EmailVerification verification;

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    private String token;

    private String problem;

    /** Follows the link as the page opens. */
    public void confirm() throws IOException {
        EmailVerification.Confirmed confirmed;
        try {
            confirmed = verification.confirm(token);
        } catch (AccountRefusal refusal) {
            problem = Texts.text(Texts.current(), refusal);
            return;
        }
        var context = faces.getExternalContext();
        if (confirmed.changed()) {
            context.redirect(context.getRequestContextPath() + "/signin?signedout=email-changed");
            return;
        }
        var status = Authentication.signIn(
                faces,
                security,
                outcome,
                new ConfirmedEmailCredential(confirmed.accountId()),
                "/dashboard?confirmed=true");
        if (status != AuthenticationStatus.SUCCESS) {
            context.redirect(context.getRequestContextPath() + "/signin?signedout=confirmed");
        }
    }

    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
