package org.attune.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Security events, one line each on the logger {@code org.attune.security} (WildFly writes it to
 * {@code server.log}), as key=value pairs for a log search: {@code event=signin.failed account=12 ip=203.0.113.9
 * email=ana@example.org}. An event names the account concerned ({@code account}) and, for a change someone made,
 * who made it ({@code by}), by id. A value is written bare when it is only letters, digits and {@code . , _ @ : / + -},
 * and otherwise in double quotes with backslash, quote and every control or line-separating character escaped
 * ({@code \n}, {@code \r}, {@code \t}, {@code \u2028}), so nothing a person typed can start a line of its own or pass
 * for another pair; it is cut at {@value #MAX_VALUE} characters. Passwords are never given to it.
 */
public final class SecurityLog {

    private static final Logger LOG = Logger.getLogger("org.attune.security");

    static final int MAX_VALUE = 200;

    private static final String DENIAL_LOGGED = SecurityLog.class.getName() + ".denialLogged";
    private static final String ACCOUNT = SecurityLog.class.getName() + ".account";

    /** Names the signed-in account of the request, by id, for every event logged while it is served. */
    public static void signedIn(HttpServletRequest request, long accountId) {
        request.setAttribute(ACCOUNT, accountId);
    }

    private final StringBuilder line = new StringBuilder();

    private SecurityLog(String event) {
        line.append("event=").append(event);
    }

    /** An event, for example {@code signin.failed} or {@code certificate.revoked}. */
    public static SecurityLog event(String name) {
        return new SecurityLog(name);
    }

    /** Adds one pair; the key is one of the event's fixed words, the value anything, null written as none. */
    public SecurityLog with(String key, Object value) {
        line.append(' ').append(key).append('=').append(value(value == null ? "none" : value.toString()));
        return this;
    }

    /**
     * A request refused with 403, logged once however many places notice it (the filter that refused it, the
     * error page it is forwarded to): {@code access.denied} with the account ({@link #signedIn}; none for a visitor),
     * method, path and client address; the caller adds why, when it knows.
     */
    public static Optional<SecurityLog> denied(HttpServletRequest request, String path) {
        if (request.getAttribute(DENIAL_LOGGED) != null) {
            return Optional.empty();
        }
        request.setAttribute(DENIAL_LOGGED, Boolean.TRUE);
        return Optional.of(event("access.denied")
                .with("account", request.getAttribute(ACCOUNT))
                .with("method", request.getMethod())
                .with("path", path)
                .with("ip", ClientAddress.of(request)));
    }

    /** Something that happened as it should: a sign-in, a change by an admin. */
    public void info() {
        LOG.info(line.toString());
    }

    /** Something refused: a failed sign-in, a pause, a 403. */
    public void warning() {
        LOG.log(Level.WARNING, line.toString());
    }

    static String value(String text) {
        var cut = text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "..." : text;
        if (!cut.isEmpty() && cut.chars().allMatch(SecurityLog::bare)) {
            return cut;
        }
        var quoted = new StringBuilder("\"");
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean bare(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".,-_@:/+".indexOf(c) >= 0;
    }
}
