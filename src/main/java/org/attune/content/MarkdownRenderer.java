package org.attune.content;

import java.util.List;
import java.util.function.Consumer;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns lesson Markdown into HTML that is safe to put in a page. Authors may write HTML inside Markdown, and it is
 * stored as written; what reaches a browser has passed the OWASP sanitizer, so scripts, event handlers, styles
 * and {@code javascript:} links never do. Thread-safe.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "pre", "code", "dl", "dt", "dd", "figure", "figcaption")
                    .toFactory());

    private MarkdownRenderer() {}

    public static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /**
     * HTML from elsewhere (an imported question's text) passed through the same policy as lessons, telling what
     * the policy removed: {@code <script>} for an element, {@code onclick on <p>} for an attribute.
     */
    public static String sanitize(String html, Consumer<String> removed) {
        return POLICY.sanitize(html, new Removals(), removed);
    }

    private static final class Removals implements HtmlChangeListener<Consumer<String>> {

        @Override
        public void discardedTag(Consumer<String> removed, String elementName) {
            removed.accept("<" + elementName + ">");
        }

        @Override
        public void discardedAttributes(Consumer<String> removed, String tagName, String... attributeNames) {
            for (var attribute : attributeNames) {
                removed.accept(attribute + " on <" + tagName + ">");
            }
        }
    }
}
