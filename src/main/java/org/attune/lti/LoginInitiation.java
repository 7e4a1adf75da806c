package org.attune.lti;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/**
 * OIDC third-party login initiation, {@code /lti/login} (GET or POST, as the platform chooses): the platform names
 * itself ({@code iss}, and {@code client_id} when it has several registrations) and the user ({@code login_hint});
 * Attune starts a login ({@link LtiService#startLogin}), binds its {@code state} to this browser with a cookie, and
 * sends the browser to the platform's authorization URL for an id_token, to be posted back to {@code /lti/launch}.
 *
 * <p>The cookie is {@code SameSite=None; Secure}: the launch is a cross-site POST, and a SameSite=Lax or Strict
 * cookie would not come with it. Browsers keep a Secure cookie of {@code http://localhost} (a secure context), so
 * this works on a developer's machine too; elsewhere Attune is served over https.
 */
@WebServlet("/lti/login")
public class LoginInitiation extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The state cookie's name starts so, and ends with the state: several launches at once each keep theirs. */
    static final String COOKIE = "lti-state-";

    @Inject
    transient LtiService lti;

    @Inject
    transient ToolUrls urls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        initiate(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        initiate(request, response);
    }

    private void initiate(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var issuer = request.getParameter("iss");
        var loginHint = request.getParameter("login_hint");
        if (issuer == null || issuer.isBlank() || loginHint == null || loginHint.isBlank()) {
            LaunchRefused.refuse(request, response, "lti.refused.loginIncomplete", issuer);
            return;
        }
        var platforms = lti.platformsOf(issuer, request.getParameter("client_id"));
        if (platforms.size() != 1) {
            LaunchRefused.refuse(request, response, "lti.refused.unknownPlatform", issuer);
            return;
        }
        var platform = platforms.get(0);
        var deployment = request.getParameter("lti_deployment_id");
        if (deployment != null && !platform.deploymentIds().contains(deployment)) {
            LaunchRefused.refuse(request, response, "lti.refused.deployment", platform.id());
            return;
        }
        var login = lti.startLogin(platform.id());
        var params = new LinkedHashMap<String, String>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", platform.clientId());
        params.put("redirect_uri", urls.getLaunch());
        params.put("login_hint", loginHint);
        var messageHint = request.getParameter("lti_message_hint");
        if (messageHint != null) {
            params.put("lti_message_hint", messageHint);
        }
        params.put("state", login.state());
        params.put("nonce", login.nonce());
        var query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var auth = platform.authUrl();
        response.addHeader(
                "Set-Cookie",
                COOKIE + login.state() + "=1; Path=" + request.getContextPath() + "/lti/launch; Max-Age="
                        + LtiService.LOGIN_LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=None");
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(auth + (auth.contains("?") ? "&" : "?") + query);
    }
}
