package org.attune.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.attune.content.LessonDefinition;

/** One lesson of a module draft, as an author is writing it (see {@link DraftPart} for what keeps saves apart). */
@Entity
@Table(name = "draft_lesson")
public class DraftLesson extends DraftPart {

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false, length = 1_000_000)
    private String markdown;

    protected DraftLesson() {}

    DraftLesson(ModuleDraft draft, String slug, int sortOrder) {
        super(draft, sortOrder);
        this.slug = Objects.requireNonNull(slug, "Lesson slug is required.");
    }

    void write(String title, int minutes, String markdown, String by, Instant at) {
        this.title = Objects.requireNonNull(title, "Lesson title is required.");
        this.minutes = minutes;
        this.markdown = Objects.requireNonNull(markdown, "Lesson text is required.");
        saved(by, at);
    }

    LessonDefinition definition(int position) {
        return new LessonDefinition(slug, position, title, minutes, markdown);
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getMarkdown() {
        return markdown;
    }
}
