package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.attune.content.MarkdownRenderer;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The lesson editor ({@code /author/lesson/{module}/{lesson}}): title, reading time and the Markdown text, with a
 * preview rendered and sanitized exactly as learners' pages render it, refreshed as the author types. The save
 * carries the version the author loaded, so a save over someone else's newer one is refused.
 */
@Named
@ViewScoped
public class LessonEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Authors authors;

    @Inject
    DraftAuthoring drafts;

    @Inject
    LessonAuthoring lessons;

    @Inject
    @Param(pathIndex = 0)
    String moduleSlug;

    @Inject
    @Param(pathIndex = 1)
    String lessonSlug;

    private String moduleTitle;
    private long version;
    private String title;
    private Integer minutes;
    private String markdown;
    private String updatedBy;
    private String updatedAt;

    public void load() throws IOException {
        var draft = DraftPages.open(authors, drafts, moduleSlug, lessonSlug, "lesson");
        if (draft.isEmpty()) {
            return;
        }
        var lesson = draft.get().getLessons().stream()
                .filter(l -> l.getSlug().equals(lessonSlug))
                .findFirst();
        if (lesson.isEmpty()) {
            Faces.responseSendError(404, "The draft has no such lesson.");
            return;
        }
        moduleTitle = draft.get().getTitle();
        take(lesson.get());
    }

    private void take(DraftLesson lesson) {
        version = lesson.getVersion();
        title = lesson.getTitle();
        minutes = lesson.getMinutes();
        markdown = lesson.getMarkdown();
        updatedBy = lesson.getUpdatedBy();
        updatedAt = Dates.format(lesson.getUpdatedAt());
    }

    public void save() {
        try {
            lessons.saveLesson(moduleSlug, lessonSlug, version, title, minutes, markdown);
            lessons.lesson(moduleSlug, lessonSlug).ifPresent(this::take);
            Messages.addGlobalInfo(Texts.text("author.savedInDraft"));
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, "lesson");
        }
    }

    /** The text as learners will see it: the same renderer and sanitizer as the lesson page. */
    public String getPreview() {
        return MarkdownRenderer.toSafeHtml(markdown == null ? "" : markdown);
    }

    public String getModuleSlug() {
        return moduleSlug;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }
}
