package org.attune.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing in by an LTI launch the lti package validated: the same kind of session a sign-in page makes (new
 * session id, the account's {@link SessionStamp}), as a clinician, and as an instructor for the teaching reports
 * only when the platform launched an Attune instructor as one ({@link LaunchIdentityStore}, {@link
 * LaunchSessionBounds}).
 */
@RequestScoped
public class LaunchSignIn {

    /**
     * Set in a session a launch signed in (and removed by a sign-in with the password): such a session may not link
     * another platform user to its account, which takes the account's own sign-in.
     */
    public static final String ATTRIBUTE = "org.attune.account.LaunchSignIn";

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    /**
     * Signs the account in for this browser; false when it may not (closed or deactivated). {@code teaching}: the
     * launch's roles name an instructor of the course.
     */
    public boolean signIn(HttpServletRequest request, HttpServletResponse response, long accountId, boolean teaching) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var status = security.authenticate(
                request,
                response,
                withParams()
                        .credential(new LaunchCredential(accountId, teaching))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        outcome.stamp().ifPresent(stamp -> request.getSession().setAttribute(SessionStamp.ATTRIBUTE, stamp));
        request.getSession().setAttribute(ATTRIBUTE, accountId);
        return true;
    }
}
