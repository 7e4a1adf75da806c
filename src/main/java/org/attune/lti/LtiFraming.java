package org.attune.lti;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets the pages of a session that a platform allowed to frame Attune be framed by that platform, and no one else:
 * the server-wide {@code frame-ancestors 'none'} (wildfly-config/30-headers.cli, set by Undertow before the
 * application sees the request) is replaced with {@code frame-ancestors <origin>}, and X-Frame-Options DENY is
 * dropped (browsers that know frame-ancestors ignore it anyway). The origin is the registration's, put in the
 * session by the launch; every other session keeps the server-wide headers.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LtiFraming extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute that holds the origin allowed to frame this session's pages. */
    static final String ORIGIN = "org.attune.lti.framingOrigin";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(ORIGIN) instanceof String origin) {
            allow(response, origin);
        }
        chain.doFilter(request, response);
    }

    static void allow(HttpServletResponse response, String origin) {
        response.setHeader("Content-Security-Policy", "frame-ancestors " + origin);
        response.setHeader("X-Frame-Options", null);
    }
}
