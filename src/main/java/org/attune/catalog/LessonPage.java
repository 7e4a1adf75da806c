package org.attune.catalog;

import java.io.Serializable;
import java.util.Map;

/**
 * One lesson as a learner reads it: its sanitized HTML, its module, and its neighbours for previous and next
 * (null at either end); the language it is written in and its translations (title and sanitized HTML, by
 * language).
 */
public record LessonPage(
        ModuleOutline module,
        LessonOutline lesson,
        String html,
        LessonOutline previous,
        LessonOutline next,
        String language,
        Map<String, LessonReading> translations)
        implements Serializable {

    public LessonPage {
        translations = Map.copyOf(translations);
    }

    /**
     * The lesson for a page in the given language: the translation into it when there is one, else the original,
     * marked as in its own language (for the page's note and the {@code lang} attribute around it).
     */
    public LessonReading in(String pageLanguage) {
        var translation = translations.get(pageLanguage);
        return translation != null ? translation : new LessonReading(lesson.title(), html, language);
    }
}
