package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.content.MarkdownRenderer;

/**
 * Each lesson's sanitized HTML, rendered once rather than on every page view (parsing the Markdown and sanitizing
 * the result was the largest share of a lesson page's time). Kept by lesson id together with the Markdown it was
 * rendered from, and rendered again when that Markdown differs: a published edit shows at once, on every node of
 * a cluster, with nothing to invalidate. At most one entry a lesson (and one a translation of it), so the memory is bounded by the curriculum.
 */
@ApplicationScoped
public class RenderedLessons {

    private record Rendered(String markdown, String html) {}

    private final Map<Long, Rendered> byLesson = new ConcurrentHashMap<>();

    private final Map<String, Rendered> byTranslation = new ConcurrentHashMap<>();

    public String html(long lessonId, String markdown) {
        var rendered = byLesson.get(lessonId);
        if (rendered == null || !rendered.markdown().equals(markdown)) {
            rendered = new Rendered(markdown, MarkdownRenderer.toSafeHtml(markdown));
            byLesson.put(lessonId, rendered);
        }
        return rendered.html();
    }

    /** A translation of the lesson, rendered and sanitized like the original, kept by lesson and language. */
    public String html(long lessonId, String language, String markdown) {
        var key = lessonId + "/" + language;
        var rendered = byTranslation.get(key);
        if (rendered == null || !rendered.markdown().equals(markdown)) {
            rendered = new Rendered(markdown, MarkdownRenderer.toSafeHtml(markdown));
            byTranslation.put(key, rendered);
        }
        return rendered.html();
    }
}
