package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The question editor ({@code /author/question/{module}/{id}}): the prompt, the lesson that teaches the answer,
 * the choices (added, removed and marked correct), steps in their right order or pairs to match, and the rationale
 * learners read after submitting. Like the lesson editor, a save over someone else's newer one is refused.
 */
@Named
@ViewScoped
public class QuestionEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    @Inject
    @Param(pathIndex = 0)
    String moduleSlug;

    @Inject
    @Param(pathIndex = 1)
    String key;

    private String moduleTitle;
    private long version;
    private QuestionType type;
    private String prompt;
    private String lesson;
    private String rationale;
    private boolean partialCredit;
    private Boolean answer;
    private List<Row> rows = new ArrayList<>();
    private List<LessonChoice> lessons = List.of();

    /** One choice, step or pair, as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private boolean correct;
        private String match;

        Row(String text, boolean correct, String match) {
            this.text = text;
            this.correct = correct;
            this.match = match;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public String getMatch() {
            return match;
        }

        public void setMatch(String match) {
            this.match = match;
        }
    }

    /** A lesson the question can point to. */
    public record LessonChoice(String slug, String title) implements Serializable {}

    public void load() throws IOException {
        var draft = DraftPages.open(authoring, moduleSlug, key, "question");
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
                .sorted(java.util.Comparator.comparingInt(DraftLesson::getSortOrder))
                .map(l -> new LessonChoice(l.getSlug(), l.getTitle()))
                .toList();
        take(question.get());
    }

    private void take(DraftQuestion stored) {
        version = stored.getVersion();
        var d = stored.definition();
        type = d.type();
        prompt = d.prompt();
        lesson = d.lesson();
        rationale = d.rationale();
        partialCredit = d.partialCredit();
        answer = d.answer();
        rows = new ArrayList<>();
        switch (type) {
            case SINGLE, MULTIPLE -> d.choices().forEach(c -> rows.add(new Row(c.text(), c.correct(), null)));
            case ORDERING -> d.steps().forEach(s -> rows.add(new Row(s, false, null)));
            case MATCHING -> d.pairs().forEach(p -> rows.add(new Row(p.term(), false, p.match())));
            case TRUEFALSE -> {
                // A statement has no rows: its answer is true or false.
            }
        }
    }

    public void addRow() {
        rows.add(new Row("", false, type == QuestionType.MATCHING ? "" : null));
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public void save() {
        try {
            authoring.saveQuestion(moduleSlug, version, definition());
            authoring.question(moduleSlug, key).ifPresent(this::take);
            Messages.addGlobalInfo("Saved in the draft. Learners see it once the module is published.");
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, "question");
        }
    }

    private QuestionDefinition definition() {
        var texts = rows.stream().map(r -> r.text == null ? "" : r.text.strip()).toList();
        return switch (type) {
            case SINGLE, MULTIPLE ->
                new QuestionDefinition(
                        key,
                        type,
                        lesson,
                        strip(prompt),
                        strip(rationale),
                        rows.stream()
                                .map(r -> new QuestionDefinition.Choice(strip(r.text), r.correct))
                                .toList(),
                        type == QuestionType.MULTIPLE && partialCredit,
                        null,
                        null,
                        null);
            case TRUEFALSE ->
                new QuestionDefinition(
                        key, type, lesson, strip(prompt), strip(rationale), null, false, answer, null, null);
            case ORDERING ->
                new QuestionDefinition(
                        key, type, lesson, strip(prompt), strip(rationale), null, false, null, texts, null);
            case MATCHING ->
                new QuestionDefinition(
                        key,
                        type,
                        lesson,
                        strip(prompt),
                        strip(rationale),
                        null,
                        false,
                        null,
                        null,
                        rows.stream()
                                .map(r -> new QuestionDefinition.Pair(strip(r.text), strip(r.match)))
                                .toList());
        };
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** How the Author area names a question type. */
    static String typeName(QuestionType type) {
        return switch (type) {
            case SINGLE -> "One correct choice";
            case MULTIPLE -> "Select all that apply";
            case TRUEFALSE -> "True or false";
            case ORDERING -> "Put in order";
            case MATCHING -> "Match pairs";
        };
    }

    public String getTypeName() {
        return type == null ? "" : typeName(type);
    }

    public boolean isChoices() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
    }

    public boolean isMultiple() {
        return type == QuestionType.MULTIPLE;
    }

    public boolean isTrueFalse() {
        return type == QuestionType.TRUEFALSE;
    }

    public boolean isOrdering() {
        return type == QuestionType.ORDERING;
    }

    public boolean isMatching() {
        return type == QuestionType.MATCHING;
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

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public boolean isPartialCredit() {
        return partialCredit;
    }

    public void setPartialCredit(boolean partialCredit) {
        this.partialCredit = partialCredit;
    }

    public Boolean getAnswer() {
        return answer;
    }

    public void setAnswer(Boolean answer) {
        this.answer = answer;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<LessonChoice> getLessons() {
        return lessons;
    }
}
