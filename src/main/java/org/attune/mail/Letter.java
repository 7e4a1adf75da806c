package org.attune.mail;

import java.util.Locale;
import java.util.Objects;
import org.attune.web.Texts;

/**
 * A message to one person, as its feature composed it: the address, the subject and the plain-text body
 * (paragraphs separated by a blank line; a web address on a line of its own becomes a link in the HTML part).
 * Security mail (a reset link, a sign-up attempt, a changed address) is always sent and carries no preferences link;
 * a notification carries one, so the person can choose what they get. The type names the message for the record
 * ({@code password-reset}); the language is the one it is written in (a BCP 47 tag, {@code en} or {@code es-US}), kept
 * with the stored message so that every delivery attempt sends what was composed.
 */
public record Letter(String to, String subject, String text, Kind kind, String type, String language) {

    /** Whether the person may turn the message off. */
    public enum Kind {
        SECURITY,
        NOTIFICATION
    }

    public Letter {
        Objects.requireNonNull(to, "An address is required.");
        Objects.requireNonNull(subject, "A subject is required.");
        Objects.requireNonNull(text, "A text is required.");
        Objects.requireNonNull(kind, "A kind is required.");
        Objects.requireNonNull(type, "A type is required.");
        Objects.requireNonNull(language, "A language is required.");
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A subject is one line.");
        }
    }

    /** A letter in English. */
    public Letter(String to, String subject, String text, Kind kind, String type) {
        this(to, subject, text, kind, type, "en");
    }

    /** A letter written in the locale's language. */
    public Letter(String to, String subject, String text, Kind kind, String type, Locale locale) {
        this(to, subject, text, kind, type, Texts.supported(locale).toLanguageTag());
    }

    /** The language the letter is written in. */
    public Locale locale() {
        return Texts.supported(Locale.forLanguageTag(language));
    }
}
