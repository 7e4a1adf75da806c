package org.attune.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write a moment: "23 Nov 2026, 14:05 UTC". One format everywhere, in UTC until accounts have a zone. */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Dates() {}

    public static String format(Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
