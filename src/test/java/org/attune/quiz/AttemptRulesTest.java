package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.attune.progress.ModuleProgress;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.junit.jupiter.api.Test;

class AttemptRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final ModuleProgress READ = new ModuleProgress(2, 2);

    /** The refusal as an English page shows it. */
    private static Optional<String> english(Optional<QuizRefusal> refusal) {
        return refusal.map(r -> Texts.text(Texts.ENGLISH, r));
    }

    @Test
    void theWaitSaysItsMinutesInSpanishToo() {
        var last = Instant.parse("2026-11-02T08:55:00Z");

        assertThat(AttemptRules.refusal(READ, false, null, List.of(last), 10, NOW)
                        .map(r -> Texts.text(Texts.SPANISH, r)))
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("Podrá comenzar su próximo intento")
                        .endsWith("10 minutos después del último."));
        assertThat(AttemptRules.refusal(new ModuleProgress(2, 3), false, null, List.of(), 0, NOW)
                        .map(r -> Texts.text(Texts.SPANISH, r)))
                .contains("Complete la lección que le falta para desbloquear el examen final.");
    }

    @Test
    void theLessonsComeFirstAndTheRefusalCountsWhatIsLeft() {
        assertThat(english(AttemptRules.refusal(new ModuleProgress(1, 3), false, null, List.of(), 0, NOW)))
                .contains("Complete the remaining 2 lessons to unlock the post-test.");
        assertThat(english(AttemptRules.refusal(new ModuleProgress(2, 3), false, null, List.of(), 0, NOW)))
                .contains("Complete the remaining 1 lesson to unlock the post-test.");
    }

    @Test
    void aLearnerWhoReadEverythingMayStart() {
        assertThat(english(AttemptRules.refusal(READ, false, 3, List.of(), 10, NOW)))
                .isEmpty();
    }

    @Test
    void aPassEndsThePostTest() {
        assertThat(english(AttemptRules.refusal(READ, true, null, List.of(NOW.minusSeconds(3600)), 0, NOW)))
                .contains("You have passed this post-test.");
    }

    @Test
    void usedUpAttemptsAreRefusedWithWhatToDo() {
        var refusal = english(
                AttemptRules.refusal(READ, false, 2, List.of(NOW.minusSeconds(7200), NOW.minusSeconds(3600)), 0, NOW));

        assertThat(refusal)
                .hasValueSatisfying(r ->
                        assertThat(r).startsWith("You have used all 2 attempts").contains("Ask your instructor"));
    }

    @Test
    void theWaitAfterAnAttemptSaysWhenTheNextMayStart() {
        var last = Instant.parse("2026-11-02T08:55:00Z");

        assertThat(english(AttemptRules.refusal(READ, false, null, List.of(last), 10, NOW)))
                .contains("You can start your next attempt at " + Dates.format(Instant.parse("2026-11-02T09:05:00Z"))
                        + ", 10 minutes after your last one.");
        assertThat(english(AttemptRules.refusal(READ, false, null, List.of(last), 10, NOW.plusSeconds(300))))
                .as("the wait is over")
                .isEmpty();
    }

    @Test
    void unlimitedAttemptsNeverRunOut() {
        var many = Collections.nCopies(50, NOW.minusSeconds(3600));

        assertThat(english(AttemptRules.refusal(READ, false, null, many, 0, NOW)))
                .isEmpty();
    }
}
