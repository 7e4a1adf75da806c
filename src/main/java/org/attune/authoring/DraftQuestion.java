package org.attune.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.attune.content.QuestionDefinition;

/**
 * One question of a module draft's post-test, kept whole (prompt, choices and answer key, rationale) as JSON. Like a
 * draft lesson, a save over someone else's newer one is refused (see {@link DraftPart}).
 */
@Entity
@Table(name = "draft_question")
public class DraftQuestion extends DraftPart {

    @Column(name = "question_key", nullable = false, length = 80)
    private String key;

    @Column(nullable = false, length = 200_000)
    private String definition;

    protected DraftQuestion() {}

    DraftQuestion(ModuleDraft draft, String key, int sortOrder) {
        super(draft, sortOrder);
        this.key = Objects.requireNonNull(key, "Question id is required.");
    }

    void write(QuestionDefinition question, String by, Instant at) {
        if (!question.key().equals(key)) {
            throw new IllegalArgumentException("A question keeps its id.");
        }
        definition = DraftJson.write(question);
        saved(by, at);
    }

    public QuestionDefinition definition() {
        return DraftJson.read(definition, QuestionDefinition.class);
    }

    public String getKey() {
        return key;
    }
}
