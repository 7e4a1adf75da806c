package org.attune.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as letters and certificates write them, in the reader's language: a day ("2 December 2026", "2 de
 * diciembre de 2026") and a moment ("2 Dec 2026, 14:05 UTC"). The patterns come from the messages bundle ({@code
 * pdf.date.day}, {@code mail.date.moment}), so each language writes its own order; moments are in UTC.
 */
public final class WrittenDates {

    private WrittenDates() {}

    /** The day, as a certificate prints it. */
    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : formatter("pdf.date.day", locale).format(day);
    }

    /** The moment, in UTC, as a letter writes it. */
    public static String moment(Instant moment, Locale locale) {
        return moment == null ? "" : formatter("mail.date.moment", locale).format(moment);
    }

    private static DateTimeFormatter formatter(String key, Locale locale) {
        var language = Texts.supported(locale);
        return DateTimeFormatter.ofPattern(Texts.text(language, key), language).withZone(ZoneOffset.UTC);
    }
}
