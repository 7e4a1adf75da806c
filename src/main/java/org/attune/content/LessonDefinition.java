package org.attune.content;

import java.util.Objects;

/**
 * One lesson as its file defines it. The slug (from the file name) is the lesson's identity across imports; the
 * position orders it within its module.
 */
public record LessonDefinition(String slug, int position, String title, int minutes, String markdown) {

    public LessonDefinition {
        Objects.requireNonNull(slug, "Lesson slug is required.");
        Objects.requireNonNull(title, "Lesson title is required.");
        Objects.requireNonNull(markdown, "Lesson text is required.");
    }
}
