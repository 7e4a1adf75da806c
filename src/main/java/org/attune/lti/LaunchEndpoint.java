package org.attune.lti;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.Arrays;
import org.attune.account.LaunchSignIn;
import org.attune.web.ClientAddress;
import org.attune.web.SecurityLog;

/**
 * The launch, {@code POST /lti/launch} with the platform's {@code id_token} and the {@code state} of the login:
 * the state must be this browser's (its cookie) and a login not used yet; the token must pass the OIDC checks
 * ({@link TokenValidators}) with that login's nonce and then LTI's ({@link LaunchChecks#ltiProblem}). A valid launch
 * is stored. A resource link then signs in the linked account and goes to the module; a deep linking request goes
 * to {@code /lti/deep-link?launch=}; a platform user not linked yet is asked first ({@code /lti/welcome}). Each
 * refusal is a page and a security-log line ({@link LaunchRefused}).
 *
 * <p>The one address, with {@code /lti/login}, that other sites may post to (web.CrossSiteGuard): the platform's
 * page posts the form. It changes nothing before the state and the signed token have proved the request.
 */
@WebServlet("/lti/launch")
public class LaunchEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The session attribute that holds the launch of a platform user not linked yet, while they choose. */
    static final String PENDING = "org.attune.lti.pendingLaunch";

    @Inject
    transient LtiService lti;

    @Inject
    transient TokenValidators validators;

    @Inject
    transient LaunchSignIn signIn;

    @Inject
    transient LaunchLanding landing;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var state = request.getParameter("state");
        if (state == null || !hasStateCookie(request, state)) {
            LaunchRefused.refuse(request, response, "lti.refused.state", null);
            return;
        }
        forgetStateCookie(request, response, state);
        var login = lti.useLogin(state);
        if (login.isEmpty()) {
            LaunchRefused.refuse(request, response, "lti.refused.state", null);
            return;
        }
        var platform = lti.platform(login.get().platformId()).orElseThrow();
        SignedJWT token;
        try {
            var parsed = JWTParser.parse(String.valueOf(request.getParameter("id_token")));
            if (!(parsed instanceof SignedJWT signed)) {
                LaunchRefused.refuse(request, response, "lti.refused.token", platform.id());
                return;
            }
            token = signed;
        } catch (ParseException e) {
            LaunchRefused.refuse(request, response, "lti.refused.token", platform.id());
            return;
        }
        var outcome = validators.validate(platform, token, login.get().nonce());
        if (outcome.refusal() != null) {
            LaunchRefused.refuse(request, response, outcome.refusal(), platform.id());
            return;
        }
        var claims = outcome.claims();
        var problem = LaunchChecks.ltiProblem(claims, platform.deploymentIds());
        if (problem.isPresent()) {
            LaunchRefused.refuse(request, response, problem.get(), platform.id());
            return;
        }
        var launch = lti.record(platform.id(), claims);
        SecurityLog.event("lti.launched")
                .with("platform", platform.id())
                .with("launch", launch.id())
                .with("type", launch.messageType())
                .with("ip", ClientAddress.of(request))
                .info();
        var account = lti.linkedAccount(platform.issuer(), claims.getSubject());
        if (platform.framingOrigin() != null) {
            LtiFraming.allow(response, platform.framingOrigin());
        }
        if (account.isEmpty()) {
            request.getSession().setAttribute(PENDING, launch.id());
            frame(request, platform);
            response.sendRedirect(request.getContextPath() + "/lti/welcome");
            return;
        }
        if (!signIn.signIn(
                request, response, account.get(), DeepLinking.instructor(claims.getClaim(DeepLinking.ROLES)))) {
            LaunchRefused.refuse(request, response, "lti.refused.account", platform.id());
            return;
        }
        lti.signedIn(launch.id(), account.get());
        frame(request, platform);
        response.sendRedirect(request.getContextPath() + landing.after(launch, account.get()));
    }

    /** The session's pages may be framed by the platform when its registration allows it, else by no one. */
    private static void frame(HttpServletRequest request, LtiPlatform platform) {
        if (platform.framingOrigin() != null) {
            request.getSession().setAttribute(LtiFraming.ORIGIN, platform.framingOrigin());
        } else {
            request.getSession().removeAttribute(LtiFraming.ORIGIN);
        }
    }

    private static boolean hasStateCookie(HttpServletRequest request, String state) {
        var cookies = request.getCookies();
        return cookies != null
                && Arrays.stream(cookies).anyMatch(c -> c.getName().equals(LoginInitiation.COOKIE + state));
    }

    private static void forgetStateCookie(HttpServletRequest request, HttpServletResponse response, String state) {
        var cookie = new Cookie(LoginInitiation.COOKIE + state, "");
        cookie.setPath(request.getContextPath() + "/lti/launch");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }
}
