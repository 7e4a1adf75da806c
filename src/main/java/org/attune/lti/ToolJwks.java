package org.attune.lti;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Attune's public JWK set as an LTI tool, {@code GET /lti/jwks}: what a platform's admin pastes as the tool's
 * "public keyset URL". Cacheable for five minutes, like the DID document.
 */
@WebServlet("/lti/jwks")
public class ToolJwks extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ToolKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var body = keys.jwks().toString(true).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
