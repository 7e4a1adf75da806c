package org.attune.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The pack's CSV cells (RFC 4180, CRLF rows): quoted when needed, and never read as a formula by a spreadsheet (a
 * cell someone typed that starts with = + - @, a tab or a carriage return gets a leading apostrophe, as OWASP's
 * advice on CSV injection has it).
 */
final class Csv {

    private Csv() {}

    static String row(Object... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
