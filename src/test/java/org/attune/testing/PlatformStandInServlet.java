package org.attune.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jsoup.nodes.Entities;

/**
 * {@code /testing/lti/jwks} and {@code /testing/lti/auth}, in test deployments only: the {@link PlatformStandIn}'s
 * JWK set and its OIDC authorization endpoint, which answers the login Attune sends it with the page a platform
 * answers with: a form that posts a signed id_token (for the user of {@code login_hint}, to the module named by
 * {@code lti_message_hint}) and the state to the {@code redirect_uri}.
 */
@WebServlet({"/testing/lti/jwks", "/testing/lti/auth"})
public class PlatformStandInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlatformStandIn platform;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/jwks")) {
            response.setContentType("application/json");
            response.getWriter().write(platform.jwks().toString(true));
            return;
        }
        for (var required : new String[] {"scope", "response_type", "response_mode", "prompt"}) {
            var expected = switch (required) {
                case "scope" -> "openid";
                case "response_type" -> "id_token";
                case "response_mode" -> "form_post";
                default -> "none";
            };
            if (!expected.equals(request.getParameter(required))) {
                response.sendError(400, required + " must be " + expected);
                return;
            }
        }
        var token = platform.sign(platform.launch(
                        request.getParameter("client_id"),
                        request.getParameter("nonce"),
                        request.getParameter("login_hint"),
                        request.getParameter("lti_message_hint"))
                .build());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html><body><form id=\"launch\" method=\"post\" action=\""
                        + Entities.escape(request.getParameter("redirect_uri")) + "\">"
                        + "<input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                        + "<input type=\"hidden\" name=\"state\" value=\""
                        + Entities.escape(request.getParameter("state")) + "\">"
                        + "</form></body></html>");
    }
}
