package org.attune.authoring;

import java.util.List;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionDefinition.Pair;
import org.attune.content.QuestionType;

/** The question a new one starts as, for each type: the right shape, with text for the author to replace. */
final class QuestionTemplates {

    private QuestionTemplates() {}

    static QuestionDefinition blank(String key, QuestionType type, String lesson) {
        return switch (type) {
            case SINGLE, MULTIPLE ->
                new QuestionDefinition(
                        key,
                        type,
                        lesson,
                        "New question",
                        "",
                        List.of(new Choice("First choice", true), new Choice("Second choice", false)),
                        false,
                        null,
                        null,
                        null);
            case TRUEFALSE ->
                new QuestionDefinition(key, type, lesson, "New statement", "", null, false, Boolean.TRUE, null, null);
            case ORDERING ->
                new QuestionDefinition(
                        key,
                        type,
                        lesson,
                        "Put these in order",
                        "",
                        null,
                        false,
                        null,
                        List.of("First", "Second"),
                        null);
            case MATCHING ->
                new QuestionDefinition(
                        key,
                        type,
                        lesson,
                        "Match each term",
                        "",
                        null,
                        false,
                        null,
                        null,
                        List.of(new Pair("Term 1", "Match 1"), new Pair("Term 2", "Match 2")));
        };
    }
}
