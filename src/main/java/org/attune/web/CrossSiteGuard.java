package org.attune.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * No other site changes anything in a signed-in person's name. Every request that may change something (any method
 * but GET, HEAD, OPTIONS and TRACE), to a page or to {@code /api}, must come from this site: its {@code Origin}
 * header must be this site's origin or, without one, its {@code Sec-Fetch-Site} header must say
 * {@code same-origin}. Otherwise it is refused with a 403: JSON {@code {"error": ...}} for the API, the 403 page
 * for pages. Stateless: it compares headers, it keeps nothing, so it guards stateless pages (a lesson's "Mark lesson
 * complete", the layout's "Sign out" on such a page) and the API alike. JSF view state remains a second line on
 * stateful pages, and the session cookie's SameSite=Lax a third.
 *
 * <p>"This site" is the origin the request itself was addressed to (scheme, host and port as the server sees them)
 * and, when {@code ATTUNE_PUBLIC_URL} is set, that address's origin: behind a proxy that ends TLS or rewrites the
 * host, the browser names the public address while the server sees another. Trusting the request's own Host is safe
 * here: a page on another site cannot make a browser send our cookies with a Host and an Origin of its choosing.
 *
 * <p>A request with neither header is let through. Every browser of the last years sends {@code Origin} on every
 * cross-origin POST, PUT, PATCH or DELETE (form or script; Chrome since 2019, Firefox 70, Safari 16.4 for forms) and
 * {@code Sec-Fetch-Site} on every request (since 2020-2023), so a request with neither is not a browser riding on a
 * learner's cookies but a script holding its own (curl with a session cookie, as README.md shows for module import
 * and publish, and the test tools). {@code Origin: null} (a sandboxed frame, a redirect across sites, a file) is
 * refused like any other site.
 */
public class CrossSiteGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute the 403 page reads to tell a refused cross-site request from a missing role. */
    public static final String REFUSED = "org.attune.web.CrossSiteGuard.refused";

    static final String MESSAGE = "This request came from another site, so Attune refused it. Changes are accepted"
            + " only from Attune's own pages.";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * Addresses (paths below the context root, matched exactly) that other sites may post to: LTI 1.3's launch, where
     * a learning platform's page posts a signed id_token to Attune, and its login initiation, which a platform may
     * post too. Each proves where its request comes from by other means before it changes anything: the launch by
     * LTI's signed token, its state (bound to the browser) and single-use nonce; the login starts nothing but a
     * login that only such a launch can complete.
     */
    static final Set<String> CROSS_SITE_ENTRY_POINTS = Set.of("/lti/launch", "/lti/login");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = path(request);
        if (SAFE_METHODS.contains(request.getMethod())
                || CROSS_SITE_ENTRY_POINTS.contains(path)
                || fromThisSite(
                        request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), siteOrigins(request))) {
            chain.doFilter(request, response);
            return;
        }
        SecurityLog.denied(request, request.getRequestURI())
                .ifPresent(line -> line.with("reason", "cross-site")
                        .with("origin", request.getHeader("Origin"))
                        .with("fetch-site", request.getHeader("Sec-Fetch-Site"))
                        .warning());
        refuse(path, request, response);
    }

    /**
     * Whether a state-changing request comes from one of the site's origins, by what the browser says: its Origin
     * header, else its Sec-Fetch-Site header; with neither, it is not from a browser (see the class).
     */
    static boolean fromThisSite(String origin, String fetchSite, Set<String> siteOrigins) {
        if (origin != null) {
            return PublicAddress.originOf(origin).filter(siteOrigins::contains).isPresent();
        }
        if (fetchSite != null) {
            return fetchSite.strip().equalsIgnoreCase("same-origin");
        }
        return true;
    }

    /** The request's own origin and the configured public address's. */
    static Set<String> siteOrigins(HttpServletRequest request) {
        var origins = new HashSet<String>();
        origins.add(PublicAddress.origin(request.getScheme(), request.getServerName(), request.getServerPort()));
        PublicAddress.origin().ifPresent(origins::add);
        return origins;
    }

    private static void refuse(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream()
                    .write(("{\"status\":403,\"error\":\"" + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        request.setAttribute(REFUSED, Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_FORBIDDEN, MESSAGE);
    }

    /** The path below the context root as the browser asked for it, whatever forward brought the request here. */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
