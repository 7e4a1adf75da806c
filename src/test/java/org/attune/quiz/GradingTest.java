package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradingTest {

    private final Random random = new Random(42);

    @Test
    void singleChoiceEarnsTheWholePointOnlyForTheCorrectChoice() {
        var q = Presentation.present(Questions.single("s"), true, random);

        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 1))))).isEqualByComparingTo("1");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0))))).isEqualByComparingTo("0");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 1), idOf(q, 0)))))
                .isEqualByComparingTo("0");
    }

    @Test
    void anUnansweredQuestionOrAnUnknownOptionEarnsNothing() {
        var q = Presentation.present(Questions.single("s"), true, random);

        assertThat(Grading.points(q, Answer.NONE)).isEqualByComparingTo("0");
        assertThat(Grading.points(q, null)).isEqualByComparingTo("0");
        assertThat(Grading.points(q, Answer.of(List.of("forged")))).isEqualByComparingTo("0");
    }

    @Test
    void multipleSelectAllOrNothingNeedsExactlyTheCorrectSet() {
        var q = Presentation.present(Questions.multiple(false), true, random);

        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0), idOf(q, 1), idOf(q, 3)))))
                .isEqualByComparingTo("1");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0), idOf(q, 1)))))
                .isEqualByComparingTo("0");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0), idOf(q, 1), idOf(q, 2), idOf(q, 3)))))
                .isEqualByComparingTo("0");
    }

    @Test
    void multipleSelectPartialCreditSubtractsWrongChoicesAndNeverGoesBelowZero() {
        var q = Presentation.present(Questions.multiple(true), true, random);

        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0), idOf(q, 1)))))
                .isEqualByComparingTo("0.6666");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0), idOf(q, 1), idOf(q, 2)))))
                .isEqualByComparingTo("0.3333");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 2))))).isEqualByComparingTo("0");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0), idOf(q, 1), idOf(q, 3)))))
                .isEqualByComparingTo("1");
    }

    @Test
    void trueFalseComparesWithTheStatedAnswer() {
        var q = Presentation.present(Questions.trueFalse(false), true, random);

        assertThat(Grading.points(q, Answer.of(List.of("false")))).isEqualByComparingTo("1");
        assertThat(Grading.points(q, Answer.of(List.of("true")))).isEqualByComparingTo("0");
    }

    @Test
    void orderingEarnsThePointOnlyForTheWholeOrder() {
        var q = Presentation.present(Questions.ordering(), true, random);

        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0), idOf(q, 1), idOf(q, 2)))))
                .isEqualByComparingTo("1");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 1), idOf(q, 0), idOf(q, 2)))))
                .isEqualByComparingTo("0");
        assertThat(Grading.points(q, Answer.of(List.of(idOf(q, 0), idOf(q, 1)))))
                .isEqualByComparingTo("0");
    }

    @Test
    void matchingEarnsAShareForEachCorrectMatch() {
        var q = Presentation.present(Questions.matching(), true, random);
        var matches = new HashMap<String, String>();
        for (var term : q.terms()) {
            matches.put(term.id(), idOf(q, term.index()));
        }
        assertThat(Grading.points(q, Answer.matching(matches))).isEqualByComparingTo("1");

        var terms = q.terms();
        matches.put(terms.get(0).id(), idOf(q, terms.get(1).index()));
        matches.put(terms.get(1).id(), idOf(q, terms.get(0).index()));
        assertThat(Grading.points(q, Answer.matching(matches))).isEqualByComparingTo("0.3333");
    }

    @Test
    void theScoreAddsPointsAndPassesAtThePassingScoreExactly() {
        var questions = new ArrayList<PresentedQuestion>();
        var answers = new ArrayList<Answer>();
        for (int i = 0; i < 10; i++) {
            var q = Presentation.present(Questions.single("q" + i), true, random);
            questions.add(q);
            answers.add(Answer.of(List.of(idOf(q, i < 8 ? 1 : 0))));
        }

        var score = Grading.score(questions, answers, 80);

        assertThat(score.earned()).isEqualByComparingTo(BigDecimal.valueOf(8));
        assertThat(score.percent()).isEqualTo(80);
        assertThat(score.passed()).isTrue();
        assertThat(Grading.score(questions, answers, 81).passed()).isFalse();
    }

    @Test
    void justUnderThePassingScoreFailsEvenWhenItRoundsToIt() {
        var questions = new ArrayList<PresentedQuestion>();
        var answers = new ArrayList<Answer>();
        var partial = Presentation.present(Questions.multiple(true), true, random);
        questions.add(partial);
        answers.add(Answer.of(List.of(idOf(partial, 0), idOf(partial, 1))));
        for (int i = 0; i < 4; i++) {
            var q = Presentation.present(Questions.single("q" + i), true, random);
            questions.add(q);
            answers.add(Answer.of(List.of(idOf(q, 1))));
        }

        var score = Grading.score(questions, answers, 94);

        assertThat(score.percent()).isEqualTo(93);
        assertThat(score.passed()).isFalse();
    }

    @Test
    void gradingIsAFunctionOfQuestionsAndAnswersAlone() {
        var q = Presentation.present(Questions.matching(), true, random);
        var answer = Answer.matching(
                Map.of(q.terms().get(0).id(), idOf(q, q.terms().get(0).index())));

        assertThat(Grading.points(q, answer)).isEqualByComparingTo(Grading.points(q, answer));
    }

    private static String idOf(PresentedQuestion q, int index) {
        return q.options().stream()
                .filter(o -> o.index() == index)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
