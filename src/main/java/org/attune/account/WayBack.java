package org.attune.account;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The way back to the page that sent a visitor to sign in: its address below the context root ({@code /quiz/x}),
 * carried in the sign-in address as {@code ?next=} and through the sign-in and sign-up forms, never in a session.
 * Only a path on this site is followed; anything that could lead elsewhere ({@code //host}, {@code https://host},
 * a backslash, a line break) is ignored and the person lands on the catalog.
 */
final class WayBack {

    /** The request parameter that carries it. */
    static final String PARAMETER = "next";

    private static final int LONGEST = 2000;

    private WayBack() {}

    /** The sign-in page's address, with the way back to the page this request asked for. */
    static String signInFor(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var asked = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return request.getContextPath() + "/signin?" + PARAMETER + "="
                + URLEncoder.encode(asked, StandardCharsets.UTF_8);
    }

    /** The way back, if it is a path on this site. */
    static Optional<String> local(String next) {
        if (next == null
                || next.length() > LONGEST
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
