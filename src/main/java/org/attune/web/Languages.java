package org.attune.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a request is answered in, in one place for pages ({@link LanguageViewHandler}) and for what is not
 * a page (the API, downloads): the account's chosen language, else the {@code lang} cookie the layout's switcher
 * sets ({@link LanguageSwitch}; a cookie and not a session, so that visitors get none), else the browser's
 * {@code Accept-Language}, else English. Always one of {@link Texts#SUPPORTED}. A response that depends on it says
 * so with {@code Vary: Accept-Language, Cookie} ({@link #varies}).
 */
public final class Languages {

    public static final String COOKIE = "lang";
    static final String VARY = "Accept-Language, Cookie";

    private Languages() {}

    /** The language to answer {@code request} in. */
    public static Locale of(HttpServletRequest request) {
        return resolve(chosen(), cookie(request), request.getHeader("Accept-Language"));
    }

    /** The rule itself: chosen, else cookie, else Accept-Language, else English. */
    static Locale resolve(Optional<Locale> chosen, String cookie, String acceptLanguage) {
        if (chosen.isPresent()) {
            return Texts.supported(chosen.get());
        }
        var fromCookie = parse(cookie);
        if (fromCookie.isPresent()) {
            return fromCookie.get();
        }
        return accepted(acceptLanguage);
    }

    /** The supported language a {@code lang} cookie or switcher link names ("en", "es", "es-US"), if it names one. */
    public static Optional<Locale> parse(String tag) {
        if (tag == null || !tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return Optional.empty();
        }
        var language = Locale.forLanguageTag(tag).getLanguage();
        return language.equals("en") || language.equals("es")
                ? Optional.of(Texts.supported(Locale.forLanguageTag(tag)))
                : Optional.empty();
    }

    /** The first language of Accept-Language (by weight) that Attune speaks; English when none is or it is garbled. */
    static Locale accepted(String header) {
        if (header == null || header.isBlank()) {
            return Texts.ENGLISH;
        }
        try {
            for (var range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    var tag = range.getRange();
                    if (tag.equals("*") || tag.startsWith("en")) {
                        return Texts.ENGLISH;
                    }
                    if (tag.equals("es") || tag.startsWith("es-")) {
                        return Texts.SPANISH;
                    }
                }
            }
        } catch (IllegalArgumentException garbled) {
            return Texts.ENGLISH;
        }
        return Texts.ENGLISH;
    }

    /** Tells caches that {@code response} depends on the language headers. */
    public static void varies(HttpServletResponse response) {
        var vary = response.getHeader("Vary");
        if (vary == null || vary.isBlank()) {
            response.setHeader("Vary", VARY);
        } else if (!vary.contains("Accept-Language")) {
            response.setHeader("Vary", vary + ", " + VARY);
        }
    }

    /** The signed-in person's chosen language, through the bean the account package provides. */
    static Optional<Locale> chosen() {
        try {
            var preference = CDI.current().select(LanguagePreference.class);
            return preference.isResolvable() ? preference.get().chosen() : Optional.empty();
        } catch (IllegalStateException | jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }

    static String cookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
