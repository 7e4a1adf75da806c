package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionDefinition.Pair;
import org.attune.content.QuestionType;
import org.junit.jupiter.api.Test;

class QuestionStatisticsTest {

    private static final QuestionDefinition SINGLE = new QuestionDefinition(
            "q1",
            QuestionType.SINGLE,
            "l",
            "What comes first?",
            "Because.",
            List.of(new Choice("Notice", true), new Choice("Name", false), new Choice("Fix", false)),
            false,
            null,
            null,
            null);

    private static final PresentedQuestion SHOWN = new PresentedQuestion(
            SINGLE, List.of(new Option("a", 2, "Fix"), new Option("b", 0, "Notice"), new Option("c", 1, "Name")), null);

    @Test
    void aQuestionMostLearnersGetWrongIsFlaggedWithItsMostChosenWrongChoice() {
        var graded = List.of(
                graded(SHOWN, "b", 1),
                graded(SHOWN, "a", 0),
                graded(SHOWN, "a", 0),
                graded(SHOWN, "c", 0),
                graded(SHOWN, "a", 0),
                new QuestionStatistics.Graded(SHOWN, Answer.NONE, BigDecimal.ZERO));

        var stats = QuestionStatistics.of(List.of(SINGLE), graded).get(0);

        assertThat(stats.answered())
                .as("an unanswered question is not counted as answered")
                .isEqualTo(5);
        assertThat(stats.percentCorrect()).isEqualTo(20);
        assertThat(stats.commonWrong()).isEqualTo("Fix");
        assertThat(stats.commonWrongCount()).isEqualTo(3);
        assertThat(stats.needsReview()).isTrue();
    }

    @Test
    void tooFewAnswersAreNoReasonToReviewAndAnUnattemptedQuestionStillShows() {
        var other = new QuestionDefinition(
                "q2", QuestionType.TRUEFALSE, "l", "Shame is about the self.", "It is.", null, false, true, null, null);

        var stats = QuestionStatistics.of(List.of(SINGLE, other), List.of(graded(SHOWN, "a", 0)));

        assertThat(stats.get(0).needsReview()).isFalse();
        assertThat(stats.get(1).answered()).isZero();
        assertThat(stats.get(1).prompt()).isEqualTo("Shame is about the self.");
    }

    @Test
    void trueFalseAndMatchingNameTheWrongAnswer() {
        var statement = new QuestionDefinition(
                "q2", QuestionType.TRUEFALSE, "l", "Shame is about the self.", "It is.", null, false, true, null, null);
        var shownStatement = new PresentedQuestion(
                statement, List.of(new Option("true", 0, "True"), new Option("false", 1, "False")), null);
        var pairs = new QuestionDefinition(
                "q3",
                QuestionType.MATCHING,
                "l",
                "Match",
                "Because.",
                null,
                false,
                null,
                null,
                List.of(new Pair("Guilt", "what I did"), new Pair("Shame", "who I am")));
        var shownPairs = new PresentedQuestion(
                pairs,
                List.of(new Option("m1", 1, "who I am"), new Option("m0", 0, "what I did")),
                List.of(new Option("t0", 0, "Guilt"), new Option("t1", 1, "Shame")));

        assertThat(QuestionStatistics.wrongChoices(shownStatement, new Answer(List.of("false"), Map.of())))
                .containsExactly("False");
        assertThat(QuestionStatistics.wrongChoices(shownStatement, new Answer(List.of("true"), Map.of())))
                .isEmpty();
        assertThat(QuestionStatistics.wrongChoices(shownPairs, new Answer(List.of(), Map.of("t0", "m1", "t1", "m1"))))
                .containsExactly("Guilt → who I am");
    }

    private static QuestionStatistics.Graded graded(PresentedQuestion shown, String chosen, int points) {
        return new QuestionStatistics.Graded(shown, new Answer(List.of(chosen), Map.of()), BigDecimal.valueOf(points));
    }
}
