package org.attune.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Messages with arguments on a page: {@code #{texts.get('transcript.hours', entry.hours)}}; and the {@code lang} of
 * content written in another language than the page's: {@code <h2 lang="#{texts.langOf('en')}">}.
 */
@Named("texts")
@ApplicationScoped
public class PageTexts {

    public String get(String key, Object... args) {
        return Texts.text(key, args);
    }

    /**
     * The {@code lang} attribute for content written in {@code language}: the language when the page speaks
     * another one, so a screen reader reads it with the right voice; null (no attribute) when the page speaks it.
     */
    public String langOf(String language) {
        var written = Locale.forLanguageTag(language).getLanguage();
        return Texts.current().getLanguage().equals(written) ? null : language;
    }
}
