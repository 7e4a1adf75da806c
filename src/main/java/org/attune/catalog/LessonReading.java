package org.attune.catalog;

import java.io.Serializable;

/** A lesson's title and sanitized HTML in one language, as a page shows it. */
public record LessonReading(String title, String html, String language) implements Serializable {

    /** Whether a page in the given language shows this in another (the original, for want of a translation). */
    public boolean isOtherThan(String pageLanguage) {
        return !language.equals(pageLanguage);
    }

    /** The {@code lang} attribute the content needs on a page in the given language: null when it is the page's. */
    public String langAttributeFor(String pageLanguage) {
        return isOtherThan(pageLanguage) ? language : null;
    }
}
