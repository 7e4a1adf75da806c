package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Instant;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;

/**
 * The sign-in page ({@code /signin}). A wrong email and a wrong password get the same message; repeated failures
 * pause signing in with that email, or from that address, for a while ({@link SignInThrottle}). After signing in,
 * the learner lands on the page that sent them here, or the catalog. A session that was ended (its account changed,
 * or it lasted its lifetime) is sent here with {@code ?signedout=}, and the page says why. Also signs out, here or
 * everywhere. An account with two-step sign-in goes on to the code ({@link SecondStepView}).
 */
@Named
@RequestScoped
public class SignInView {

    /** The message a failed sign-in shows, in English (tests compare with it); pages show it in their language. */
    public static final String FAILED = Texts.text(Texts.ENGLISH, "account.signin.failed");

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    SignInOutcome outcome;

    @Inject
    AccountService accounts;

    @Inject
    CurrentAccount me;

    @NotBlank(message = "{validation.account.email.required}")
    private String email;

    @NotBlank(message = "{validation.account.password.required}")
    private String password;

    public void signIn() throws IOException {
        var status = Authentication.signIn(faces, security, outcome, email, password);
        var pending = outcome.pendingSecondStep();
        if (pending.isPresent()) {
            SecondStepView.begin(faces, pending.get());
            return;
        }
        if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.NOT_DONE) {
            var message = outcome.pausedUntil()
                    .map(until -> outcome.pausedByAddress() ? pausedHere(until) : paused(until))
                    .orElseGet(() -> Texts.text("account.signin.failed"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }

    /** What a paused sign-in is told: the same for every email, account or not. */
    public static String paused(Instant until) {
        return Texts.text("account.signin.paused", Dates.format(until));
    }

    /** What a sign-in from an address that tried too many times is told, whatever the email. */
    public static String pausedHere(Instant until) {
        return Texts.text("account.signin.pausedHere", Dates.format(until));
    }

    /**
     * Why the session ended, for the {@code signedout} parameter {@link SessionGuard} and signing out everywhere
     * send here; empty for any other value.
     */
    public String getSignedOutNotice() {
        var reason = Faces.getRequestParameter("signedout");
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "changed" -> Texts.text("account.signedOut.changed");
            case "expired" -> Texts.text("account.signedOut.expired", SessionGuard.LIFETIME.toHours());
            case "everywhere" -> Texts.text("account.signedOut.everywhere");
            case "reset" -> Texts.text("account.signedOut.reset");
            case "email-changed" -> Texts.text("account.signedOut.emailChanged");
            case "confirmed" -> Texts.text("account.signedOut.confirmed");
            case "closed" -> Texts.text("account.signedOut.closed");
            default -> "";
        };
    }

    public void signOut() throws Exception {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        Faces.invalidateSession();
        Faces.redirect(request.getContextPath() + "/");
    }

    /** Ends every session of the signed-in person, on every device, this one included. */
    public void signOutEverywhere() throws Exception {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        var id = me.id();
        if (id.isPresent()) {
            accounts.signOutEverywhere(id.get());
        }
        request.logout();
        Faces.invalidateSession();
        Faces.redirect(request.getContextPath() + "/signin?signedout=everywhere");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
