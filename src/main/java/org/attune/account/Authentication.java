package org.attune.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Signing in from a page: one place for what sign-in and sign-up both do. */
final class Authentication {

    private Authentication() {}

    /**
     * Authenticates the email and password for this session, under a new session id (so that a session id fixed
     * by someone else before sign-in is worthless after it), and stamps the session with the account's security
     * version ({@link SessionStamp}). On success the browser goes to the page that asked for sign-in (the form's
     * {@link WayBack}), or else to the catalog; the returned status tells whether it succeeded.
     */
    static AuthenticationStatus signIn(
            FacesContext faces, SecurityContext security, SignInOutcome outcome, String email, String password)
            throws IOException {
        return signIn(
                faces, security, outcome, new UsernamePasswordCredential(email.strip(), new Password(password)), "/");
    }

    /** The same, with another credential: the code of sign-in's second step ({@link SecondStepCredential}). */
    static AuthenticationStatus signIn(
            FacesContext faces, SecurityContext security, SignInOutcome outcome, Credential credential)
            throws IOException {
        return signIn(faces, security, outcome, credential, "/");
    }

    /**
     * The same with another credential (a link mailed to the person, {@link ConfirmedEmailCredential}), landing on
     * the given page when no page asked for sign-in.
     */
    static AuthenticationStatus signIn(
            FacesContext faces, SecurityContext security, SignInOutcome outcome, Credential credential, String landing)
            throws IOException {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        var response = (HttpServletResponse) faces.getExternalContext().getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var status = security.authenticate(
                request, response, withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            outcome.stamp().ifPresent(stamp -> request.getSession().setAttribute(SessionStamp.ATTRIBUTE, stamp));
            request.getSession().removeAttribute(LaunchSignIn.ATTRIBUTE);
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS ->
                faces.getExternalContext()
                        .redirect(request.getContextPath()
                                + WayBack.local(request.getParameter(WayBack.PARAMETER))
                                        .orElse(landing));
            default -> {}
        }
        return status;
    }
}
