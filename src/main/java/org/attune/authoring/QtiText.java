package org.attune.authoring;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.content.MarkdownRenderer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Imported QTI text as Attune keeps question text: plain text, after the lessons' sanitizer policy. Paragraphs and
 * other blocks become paragraphs (a blank line between them), {@code <br/>} a line break; other markup is dropped
 * and its text kept, except what the sanitizer removes whole (a script), which it reports.
 */
final class QtiText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr");

    private QtiText() {}

    static String plain(String html, Consumer<String> removed) {
        var safe = MarkdownRenderer.sanitize(html, removed);
        try {
            var parsed = QtiXml.parse(("<div>" + safe + "</div>").getBytes(StandardCharsets.UTF_8), "text")
                    .getDocumentElement();
            var text = new StringBuilder();
            plain(parsed, text);
            return tidy(text.toString());
        } catch (QtiRefusal unreadable) {
            // The sanitizer's output is well-formed but for rare character references XML refuses: its text then.
            return tidy(unescape(safe.replaceAll("<[^>]*>", " ")));
        }
    }

    private static void plain(Node node, StringBuilder text) {
        for (var n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                var name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
                if (name.equals("br")) {
                    text.append('\n');
                } else if (BLOCKS.contains(name)) {
                    text.append("\n\n");
                    plain(e, text);
                    text.append("\n\n");
                } else {
                    plain(e, text);
                }
            } else if (n.getNodeType() == Node.TEXT_NODE) {
                text.append(n.getNodeValue().replaceAll("[ \\t\\r\\n]+", " "));
            }
        }
    }

    private static String unescape(String html) {
        var decoded = Pattern.compile("&#(\\d+);")
                .matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        return decoded.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** Lines stripped, at most one blank line between paragraphs, none at either end. */
    static String tidy(String text) {
        var out = new StringBuilder();
        for (var line : text.strip().split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
