package org.attune.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Servlets;

/**
 * Instructors and admins change records others rely on, so they reach the staff areas (Author, accommodations,
 * evaluations, administration) and those areas' API only with two-step sign-in set up. A staff member without it
 * is sent to set it up, and back to the page afterwards; the API answers 403 with a JSON error saying why. Runs
 * after {@link SessionGuard} (which logs the 403), on requests whose roles the container has already checked.
 */
public class SecondFactorRequired extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The staff areas, pages and API; each covers its address, its Facelets file's and everything below them. */
    static final List<String> STAFF_AREAS =
            List.of("/author", "/accommodations", "/evaluations", "/admin", "/api/authoring", "/api/admin");

    static final String API_REFUSAL = "Instructors and admins need two-step sign-in for this. Set it up at"
            + " /account/two-factor, then try again.";

    @Inject
    transient SecondFactors secondFactors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (staffArea(path) && isStaff(request) && !hasSecondFactor(request)) {
            if (path.startsWith("/api/")) {
                response.setStatus(403);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Cache-Control", "no-store");
                response.getWriter().write("{\"status\":403,\"error\":\"" + API_REFUSAL + "\"}");
            } else {
                // Back to the address asked for (not the Facelets file it is served by); facesRedirect encodes it.
                var asked = request.getRequestURI()
                        .substring(request.getContextPath().length());
                Servlets.facesRedirect(
                        request,
                        response,
                        request.getContextPath() + "/account/two-factor?next=%s",
                        request.getQueryString() == null ? asked : asked + "?" + request.getQueryString());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean staffArea(String path) {
        return STAFF_AREAS.stream()
                .anyMatch(area -> path.equals(area) || path.startsWith(area + "/") || path.startsWith(area + ".xhtml"));
    }

    private static boolean isStaff(HttpServletRequest request) {
        return request.getUserPrincipal() != null
                && (request.isUserInRole(Role.instructor.name()) || request.isUserInRole(Role.admin.name()));
    }

    private boolean hasSecondFactor(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null
                && session.getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp
                && secondFactors.isOn(stamp.accountId());
    }
}
