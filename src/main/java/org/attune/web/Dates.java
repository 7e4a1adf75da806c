package org.attune.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages write a moment, in the reader's language: "23 Nov 2026, 14:05 UTC", "23 de noviembre de 2026, 14:05
 * UTC". One format per language everywhere, in UTC until accounts have a zone.
 */
public final class Dates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SPANISH = DateTimeFormatter.ofPattern(
                    "d 'de' MMMM 'de' yyyy, HH:mm 'UTC'", Texts.SPANISH)
            .withZone(ZoneOffset.UTC);

    private Dates() {}

    /** {@code moment} in the language of the page being rendered (English outside a page). */
    public static String format(Instant moment) {
        return format(moment, Texts.current());
    }

    public static String format(Instant moment, Locale locale) {
        if (moment == null) {
            return "";
        }
        return (Texts.supported(locale).equals(Texts.SPANISH) ? SPANISH : ENGLISH).format(moment);
    }
}
