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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.attune.web.Dates;
import org.attune.web.Texts;

/**
 * The second step of signing in ({@code /signin-code}), for accounts with two-step sign-in: the six digits the
 * authenticator app shows, or one of the recovery codes. Until the code is right, the person is not signed in.
 * A wrong code is told so, and wrong codes pause signing in as wrong passwords do; a code that comes more than
 * {@link PendingSignIn#LIFETIME} after the password, or without one, sends the person back to the password.
 */
@Named
@RequestScoped
public class SecondStepView {

    /** A wrong code's message, in English (tests compare with it); pages show it in their language. */
    public static final String WRONG = Texts.text(Texts.ENGLISH, "account.code.wrong");

    public static final String LAPSED = Texts.text(Texts.ENGLISH, "account.code.lapsed");

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    SignInOutcome outcome;

    @NotBlank(message = "{validation.account.code.required}")
    private String code;

    /** Keeps the half-done sign-in in the session and sends the person to the code, keeping the way back. */
    static void begin(FacesContext faces, PendingSignIn pending) throws IOException {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, pending);
        var next = WayBack.local(request.getParameter(WayBack.PARAMETER));
        faces.getExternalContext()
                .redirect(request.getContextPath() + "/signin-code"
                        + next.map(path ->
                                        "?" + WayBack.PARAMETER + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                                .orElse(""));
    }

    /** What a person who typed too many wrong codes is told. */
    public static String paused(Instant until) {
        return Texts.text("account.code.paused", Dates.format(until));
    }

    public void signIn() throws IOException {
        var status = Authentication.signIn(faces, security, outcome, new SecondStepCredential(code));
        if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.NOT_DONE) {
            var message = outcome.secondStepLapsed()
                    ? Texts.text("account.code.lapsed")
                    : outcome.pausedUntil()
                            .map(until -> outcome.pausedByAddress() ? SignInView.pausedHere(until) : paused(until))
                            .orElseGet(() -> Texts.text("account.code.wrong"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }

    /** Whether this session has a sign-in waiting for its code (else the page points back to the password). */
    public boolean isWaiting() {
        var session = ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
        return session != null && session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn;
    }

    public String getLapsedNotice() {
        return Texts.text("account.code.lapsed");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
