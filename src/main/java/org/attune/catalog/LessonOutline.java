package org.attune.catalog;

import java.io.Serializable;

/** A lesson's place in its module: enough to list it and link to it. */
public record LessonOutline(long id, String slug, String title, int position, int minutes) implements Serializable {

    static LessonOutline of(Lesson lesson) {
        return new LessonOutline(
                lesson.getId(), lesson.getSlug(), lesson.getTitle(), lesson.getSortOrder(), lesson.getMinutes());
    }
}
