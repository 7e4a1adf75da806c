package org.attune.account;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.attune.database.DatabaseClock;
import org.attune.web.ClientAddress;
import org.attune.web.SecurityLog;
import org.omnifaces.util.Servlets;

/**
 * Every request, pages and {@code /api} alike, before anything of the application runs. A signed-in session is
 * checked against its account ({@link SessionStamp}, read from the second-level cache): when the account has gone,
 * has been deactivated or its security version has moved on, or the session has lasted its whole lifetime
 * ({@code ATTUNE_SESSION_HOURS}, 12 by default, beside the idle timeout of web.xml), it is signed out there and then:
 * a page is sent to the sign-in page, which says why; an API call gets a 401 with a JSON error. So roles never
 * outlive a change to them. (A visitor's API call is {@link SignedInApi}'s.) Every 403, whoever sent it, is written
 * to the security log.
 *
 * <p>It never creates a session: a visitor's request passes through without one.
 */
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());

    static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    /** Why a session was ended, as the sign-in page's {@code signedout} parameter names it. */
    enum Ending {
        changed,
        expired
    }

    @Inject
    transient Callers callers;

    private final transient Clock clock = DatabaseClock.UTC_MICROS;

    /** How long a session may last after sign-in, however active: {@code ATTUNE_SESSION_HOURS}, 12 by default. */
    static final Duration LIFETIME = lifetime(System.getenv("ATTUNE_SESSION_HOURS"));

    static Duration lifetime(String hours) {
        if (hours == null || hours.isBlank()) {
            return DEFAULT_LIFETIME;
        }
        try {
            int value = Integer.parseInt(hours.strip());
            if (value > 0) {
                return Duration.ofHours(value);
            }
        } catch (NumberFormatException e) {
            // Reported below, as for a number that is not positive.
        }
        LOG.severe(() -> "ATTUNE_SESSION_HOURS is '" + hours + "', not a whole number of hours above 0: sessions last "
                + DEFAULT_LIFETIME.toHours() + " hours");
        return DEFAULT_LIFETIME;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            if (status instanceof Integer code && code == 403) {
                logDenial(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            }
            chain.doFilter(request, response);
            return;
        }
        var path = path(request);
        if (request.getUserPrincipal() != null) {
            var ending = ending(request);
            if (ending != null) {
                signOut(request, response, ending, path);
                return;
            }
            if (request.getSession(false).getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp) {
                SecurityLog.signedIn(request, stamp.accountId());
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() == 403) {
                logDenial(request, request.getRequestURI());
            }
        }
    }

    /** Why the signed-in session must end now, or null while it may go on. */
    private Ending ending(HttpServletRequest request) {
        var session = request.getSession(false);
        var stamp = session == null ? null : session.getAttribute(SessionStamp.ATTRIBUTE);
        if (!(stamp instanceof SessionStamp signedIn)
                || !signedIn.email().equals(request.getUserPrincipal().getName())) {
            return Ending.changed;
        }
        if (signedIn.outlived(LIFETIME, Instant.now(clock))) {
            return Ending.expired;
        }
        var account = callers.of(signedIn.accountId());
        boolean current = account.active() && account.securityVersion() == signedIn.securityVersion();
        return current ? null : Ending.changed;
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response, Ending ending, String path)
            throws IOException, ServletException {
        var session = request.getSession(false);
        var stamp = session == null ? null : session.getAttribute(SessionStamp.ATTRIBUTE);
        SecurityLog.event("session.ended")
                .with("account", stamp instanceof SessionStamp s ? s.accountId() : null)
                .with("reason", ending)
                .with("ip", ClientAddress.of(request))
                .info();
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        if (isApi(path)) {
            json(
                    response,
                    401,
                    ending == Ending.expired
                            ? "You were signed out after " + LIFETIME.toHours() + " hours. Sign in again."
                            : "You were signed out because your account changed. Sign in again.");
        } else {
            Servlets.facesRedirect(request, response, request.getContextPath() + "/signin?signedout=%s", ending.name());
        }
    }

    private void logDenial(HttpServletRequest request, String uri) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp) {
            SecurityLog.signedIn(request, stamp.accountId());
        }
        SecurityLog.denied(request, uri).ifPresent(SecurityLog::warning);
    }

    /** The path within the application, decoded and normalised by the container. */
    private static String path(HttpServletRequest request) {
        var info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static void json(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\"}");
    }
}
