package org.attune.content;

import java.util.List;
import java.util.Objects;

/** A module's post-test as its quiz.yaml defines it: settings and the pool of questions. */
public record QuizDefinition(QuizSettings settings, List<QuestionDefinition> questions) {

    public QuizDefinition {
        Objects.requireNonNull(settings, "Quiz settings are required.");
        questions = List.copyOf(questions);
    }
}
