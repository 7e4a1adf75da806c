package org.attune.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The body of every error the JSON API returns: the HTTP status and a sentence a person can act on, in the language
 * the request asks for ({@code Accept-Language}: Spanish when it prefers Spanish to English, else English).
 */
public record ApiError(int status, String error) {

    /** The error {@code key} of the messages bundle, in the request's language. */
    public static ApiError of(int status, HttpHeaders headers, String key, Object... args) {
        return new ApiError(status, Texts.text(language(headers), key, args));
    }

    /**
     * A refusal, in the request's language when it is a {@link Refusal}; any other exception says its message as it
     * is.
     */
    public static ApiError of(int status, HttpHeaders headers, Exception refused) {
        return new ApiError(
                status,
                refused instanceof Refusal refusal ? Texts.text(language(headers), refusal) : refused.getMessage());
    }

    /** The language the request asks for: the first of English and Spanish in its {@code Accept-Language}. */
    public static Locale language(HttpHeaders headers) {
        return headers == null ? Texts.ENGLISH : language(headers.getAcceptableLanguages());
    }

    /** The first of English and Spanish among the languages a request accepts, best first; else English. */
    public static Locale language(List<Locale> acceptable) {
        for (var asked : acceptable) {
            if ("es".equals(asked.getLanguage()) || "en".equals(asked.getLanguage())) {
                return Texts.supported(asked);
            }
        }
        return Texts.ENGLISH;
    }
}
