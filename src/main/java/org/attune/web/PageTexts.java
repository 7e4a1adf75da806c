package org.attune.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Messages with arguments on a page: {@code #{texts.get('transcript.hours', entry.hours)}}. */
@Named("texts")
@ApplicationScoped
public class PageTexts {

    public String get(String key, Object... args) {
        return Texts.text(key, args);
    }
}
