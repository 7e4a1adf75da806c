package org.attune.transcript;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.attune.ce.RenewalTracker;
import org.attune.web.Texts;

/**
 * The transcript as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends), in UTF-8 with a byte order
 * mark: without one, Excel reads UTF-8 as the machine's code page and "Zoë" arrives as "ZoÃ«", and spreadsheets are
 * where a clinician opens it. A field that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or
 * a carriage return) is prefixed with an apostrophe, so a course title of {@code =HYPERLINK(...)} stays text.
 */
public final class TranscriptCsv {

    /** The columns, by the key of each one's heading ({@code transcript.csv.*}). */
    private static final String[] COLUMNS = {
        "date", "title", "provider", "approvedBy", "hours", "category", "status", "countedToward"
    };

    private TranscriptCsv() {}

    /** The transcript with its header in English. */
    public static byte[] of(Transcript transcript) {
        return of(transcript, Texts.ENGLISH);
    }

    /** The transcript with its header in the locale's language. */
    public static byte[] of(Transcript transcript, Locale locale) {
        var csv = new StringBuilder("\uFEFF");
        row(
                csv,
                Arrays.stream(COLUMNS)
                        .map(c -> Texts.text(locale, "transcript.csv." + c))
                        .toList());
        for (var line : transcript.lines()) {
            row(
                    csv,
                    List.of(
                            DateTimeFormatter.ISO_LOCAL_DATE.format(line.date()),
                            line.title(),
                            line.provider(),
                            line.approvals(),
                            RenewalTracker.plain(line.hours()),
                            line.category(),
                            line.status(),
                            String.join("; ", line.countedToward())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(cell(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    /** The text as a spreadsheet will not run it (OWASP's advice on CSV injection). */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
