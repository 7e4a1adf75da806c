package org.attune.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.attune.web.Texts;

/**
 * A question as its form edits it: the prompt, the lesson that teaches the answer, the rationale, and rows that
 * are choices (marked correct or not), steps in their right order or pairs to match, or, for a statement, whether
 * it is true. Made from the question's definition and turned back into one; rows are added, removed and moved here.
 */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private QuestionType type;
    private String prompt;
    private String lesson;
    private String rationale;
    private boolean partialCredit;
    private Boolean answer;
    private List<Row> rows = new ArrayList<>();

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

    public static QuestionForm of(QuestionDefinition question) {
        var form = new QuestionForm();
        form.type = question.type();
        form.prompt = question.prompt();
        form.lesson = question.lesson();
        form.rationale = question.rationale();
        form.partialCredit = question.partialCredit();
        form.answer = question.answer();
        switch (question.type()) {
            case SINGLE, MULTIPLE ->
                question.choices().forEach(c -> form.rows.add(new Row(c.text(), c.correct(), null)));
            case ORDERING -> question.steps().forEach(s -> form.rows.add(new Row(s, false, null)));
            case MATCHING -> question.pairs().forEach(p -> form.rows.add(new Row(p.term(), false, p.match())));
            case TRUEFALSE -> {
                // A statement has no rows: its answer is true or false.
            }
        }
        return form;
    }

    /** The question as the form holds it now, texts stripped, with only what its type uses. */
    public QuestionDefinition toDefinition(String key) {
        var texts = rows.stream().map(r -> strip(r.text)).toList();
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

    /** How the Author area names a question type. */
    static String typeName(QuestionType type) {
        return Texts.text("author.questionType." + type.name());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
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
}
