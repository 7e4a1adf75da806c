package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.attune.content.QuizDefinition;
import org.attune.content.QuizSettings;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PresentationTest {

    private final Random random = new Random(7);

    private QuizDefinition pool(int size, QuizSettings settings) {
        return new QuizDefinition(
                settings,
                IntStream.range(0, size)
                        .mapToObj(i -> Questions.single("q" + i))
                        .toList());
    }

    @Test
    void drawsTheConfiguredNumberOfDistinctQuestionsFromThePool() {
        var settings = new QuizSettings(80, null, 0, null, true, 10, true, QuizSettings.Feedback.FULL);

        var drawn = Presentation.present(pool(15, settings), random);

        assertThat(drawn).hasSize(10);
        assertThat(new HashSet<>(drawn.stream().map(q -> q.question().key()).toList()))
                .hasSize(10);
    }

    @Test
    void withoutShufflingQuestionsAndChoicesKeepTheirWrittenOrder() {
        var settings = new QuizSettings(80, null, 0, null, false, null, true, QuizSettings.Feedback.FULL);

        var shown = Presentation.present(pool(5, settings), random);

        assertThat(shown).extracting(q -> q.question().key()).containsExactly("q0", "q1", "q2", "q3", "q4");
        assertThat(shown.get(0).options()).extracting(Option::index).containsExactly(0, 1, 2);
    }

    @RepeatedTest(20)
    void stepsToOrderAreNeverShownInTheirCorrectOrder() {
        var shown = Presentation.present(Questions.ordering(), false, random);

        assertThat(shown.options()).extracting(Option::index).isNotEqualTo(List.of(0, 1, 2));
    }

    @Test
    void optionIdsSayNothingAboutCorrectnessAndDifferBetweenAttempts() {
        var first = Presentation.present(Questions.single("s"), true, random);
        var second = Presentation.present(Questions.single("s"), true, random);

        assertThat(first.options()).extracting(Option::id).allMatch(id -> id.matches("[a-z2-9]{8}"));
        assertThat(first.options())
                .extracting(Option::id)
                .doesNotContainAnyElementsOf(
                        second.options().stream().map(Option::id).toList());
    }
}
