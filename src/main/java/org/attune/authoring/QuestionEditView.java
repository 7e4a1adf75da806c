package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The question editor ({@code /author/question/{module}/{id}}): the question's form ({@link QuestionForm}) and the
 * lessons it can point to. Like the lesson editor, a save over someone else's newer one is refused.
 */
@Named
@ViewScoped
public class QuestionEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Authors authors;

    @Inject
    DraftAuthoring drafts;

    @Inject
    QuestionAuthoring questions;

    @Inject
    @Param(pathIndex = 0)
    String moduleSlug;

    @Inject
    @Param(pathIndex = 1)
    String key;

    private String moduleTitle;
    private long version;
    private QuestionForm form;
    private List<LessonChoice> lessons = List.of();

    /** A lesson the question can point to. */
    public record LessonChoice(String slug, String title) implements Serializable {}

    public void load() throws IOException {
        var draft = DraftPages.open(authors, drafts, moduleSlug, key, "question");
        if (draft.isEmpty()) {
            return;
        }
        var question = draft.get().getQuestions().stream()
                .filter(q -> q.getKey().equals(key))
                .findFirst();
        if (question.isEmpty()) {
            Faces.responseSendError(404, "The draft has no such question.");
            return;
        }
        moduleTitle = draft.get().getTitle();
        lessons = draft.get().getLessons().stream()
                .sorted(Comparator.comparingInt(DraftLesson::getSortOrder))
                .map(l -> new LessonChoice(l.getSlug(), l.getTitle()))
                .toList();
        take(question.get());
    }

    private void take(DraftQuestion stored) {
        version = stored.getVersion();
        form = QuestionForm.of(stored.definition());
    }

    public void save() {
        try {
            questions.saveQuestion(moduleSlug, version, form.toDefinition(key));
            questions.question(moduleSlug, key).ifPresent(this::take);
            Messages.addGlobalInfo(Texts.text("author.savedInDraft"));
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, "question");
        }
    }

    public String getModuleSlug() {
        return moduleSlug;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public String getKey() {
        return key;
    }

    public QuestionForm getForm() {
        return form;
    }

    public List<LessonChoice> getLessons() {
        return lessons;
    }
}
