package org.attune.quiz;

import java.util.List;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionDefinition.Pair;
import org.attune.content.QuestionType;

/** Small questions for grading tests. */
final class Questions {

    private Questions() {}

    static QuestionDefinition single(String key) {
        return new QuestionDefinition(
                key,
                QuestionType.SINGLE,
                "lesson",
                "Which?",
                "Because.",
                List.of(new Choice("wrong", false), new Choice("right", true), new Choice("also wrong", false)),
                false,
                null,
                null,
                null);
    }

    static QuestionDefinition multiple(boolean partial) {
        return new QuestionDefinition(
                "m",
                QuestionType.MULTIPLE,
                "lesson",
                "Which ones?",
                "Because.",
                List.of(new Choice("a", true), new Choice("b", true), new Choice("c", false), new Choice("d", true)),
                partial,
                null,
                null,
                null);
    }

    static QuestionDefinition trueFalse(boolean answer) {
        return new QuestionDefinition(
                "t", QuestionType.TRUEFALSE, "lesson", "True?", "Because.", null, false, answer, null, null);
    }

    static QuestionDefinition ordering() {
        return new QuestionDefinition(
                "o",
                QuestionType.ORDERING,
                "lesson",
                "Order them",
                "Because.",
                null,
                false,
                null,
                List.of("first", "second", "third"),
                null);
    }

    static QuestionDefinition matching() {
        return new QuestionDefinition(
                "x",
                QuestionType.MATCHING,
                "lesson",
                "Match them",
                "Because.",
                null,
                false,
                null,
                null,
                List.of(
                        new Pair("amygdala", "threat"),
                        new Pair("hippocampus", "context"),
                        new Pair("PFC", "regulation")));
    }
}
