package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.attune.content.QuestionType;
import org.attune.quiz.AttemptView.ShownOption;
import org.attune.quiz.AttemptView.ShownQuestion;
import org.junit.jupiter.api.Test;

/** An ordering question's steps as the Move up and Move down buttons move them. */
class AnswerFormTest {

    @Test
    void movingAStepSwapsItWithItsNeighbourAndAnswersTheQuestion() {
        var form = new AnswerForm(ordering("a", "b", "c"));
        assertThat(form.isAnswered()).isFalse();

        form.move(2, -1);
        assertThat(form.getOrder()).containsExactly("a", "c", "b");
        form.move(0, 1);

        assertThat(form.getOrder()).containsExactly("c", "a", "b");
        assertThat(form.isAnswered()).isTrue();
        assertThat(form.toAnswer()).isEqualTo(Answer.of(List.of("c", "a", "b")));
    }

    @Test
    void aMovePastEitherEndOrByMoreThanOnePlaceChangesNothing() {
        var form = new AnswerForm(ordering("a", "b", "c"));

        form.move(0, -1);
        form.move(2, 1);
        form.move(0, 2);
        form.move(5, -1);

        assertThat(form.getOrder()).containsExactly("a", "b", "c");
        assertThat(form.isAnswered()).isFalse();
    }

    private static ShownQuestion ordering(String... steps) {
        var options = Arrays.stream(steps)
                .map(id -> new ShownOption(id, "Step " + id))
                .toList();
        return new ShownQuestion(1, QuestionType.ORDERING, "Order them.", options, List.of(), Answer.of(List.of()));
    }
}
