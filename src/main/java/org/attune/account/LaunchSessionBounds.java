package org.attune.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What a session an LTI launch signed in may not reach, whatever its roles: the Author area and its API, and the
 * accommodations an instructor grants, all of which take an Attune sign-in with the second factor. The teaching
 * reports (course evaluations, a module's post-test statistics) stay open to an instructor so launched.
 */
@WebFilter(
        urlPatterns = {
            "/author",
            "/author/*",
            "/author.xhtml",
            "/author.xhtml/*",
            "/api/authoring/*",
            "/accommodations",
            "/accommodations/*",
            "/accommodations.xhtml",
            "/accommodations.xhtml/*"
        })
public class LaunchSessionBounds extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(LaunchSignIn.ATTRIBUTE) != null && !report(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A module's post-test statistics: /author/stats/{module}, a report, not authoring. */
    static boolean report(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/author/stats/") || path.startsWith("/author/stats.xhtml");
    }
}
