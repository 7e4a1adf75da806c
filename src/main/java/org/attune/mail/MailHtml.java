package org.attune.mail;

import java.util.regex.Pattern;

/**
 * The HTML part of a message, made from its plain text so that the two always say the same: each paragraph a
 * {@code <p>}, each line break kept, a web address on a line of its own a link; {@code <html lang>} the letter's language. Everything else is escaped, so a
 * name someone typed stays text.
 */
final class MailHtml {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    private MailHtml() {}

    static String of(String subject, String text, String language) {
        var html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(language))
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject))
                .append(
                        "</title></head>\n<body style=\"font-family: Georgia, serif; font-size: 16px; line-height: 1.5;")
                .append(" color: #1f2933; max-width: 36em;\">\n");
        for (var paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>");
            var lines = paragraph.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>\n");
                }
                html.append(line(lines[i].strip()));
            }
            html.append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String line(String line) {
        if (WEB_ADDRESS.matcher(line).matches()) {
            var address = escape(line);
            return "<a href=\"" + address + "\" style=\"color: #1d4e89;\">" + address + "</a>";
        }
        return escape(line);
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
