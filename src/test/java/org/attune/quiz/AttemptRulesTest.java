package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.attune.progress.ModuleProgress;
import org.junit.jupiter.api.Test;

class AttemptRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final ModuleProgress READ = new ModuleProgress(2, 2);

    @Test
    void theLessonsComeFirstAndTheRefusalCountsWhatIsLeft() {
        assertThat(AttemptRules.refusal(new ModuleProgress(1, 3), false, null, List.of(), 0, NOW))
                .contains("Complete the remaining 2 lessons to unlock the post-test.");
        assertThat(AttemptRules.refusal(new ModuleProgress(2, 3), false, null, List.of(), 0, NOW))
                .contains("Complete the remaining 1 lesson to unlock the post-test.");
    }

    @Test
    void aLearnerWhoReadEverythingMayStart() {
        assertThat(AttemptRules.refusal(READ, false, 3, List.of(), 10, NOW)).isEmpty();
    }

    @Test
    void aPassEndsThePostTest() {
        assertThat(AttemptRules.refusal(READ, true, null, List.of(NOW.minusSeconds(3600)), 0, NOW))
                .contains("You have passed this post-test.");
    }

    @Test
    void usedUpAttemptsAreRefusedWithWhatToDo() {
        var refusal =
                AttemptRules.refusal(READ, false, 2, List.of(NOW.minusSeconds(7200), NOW.minusSeconds(3600)), 0, NOW);

        assertThat(refusal)
                .hasValueSatisfying(r ->
                        assertThat(r).startsWith("You have used all 2 attempts").contains("Ask your instructor"));
    }

    @Test
    void theWaitAfterAnAttemptSaysWhenTheNextMayStart() {
        var last = Instant.parse("2026-11-02T08:55:00Z");

        assertThat(AttemptRules.refusal(READ, false, null, List.of(last), 10, NOW))
                .contains("You can start your next attempt at 09:05 UTC on 2 Nov, 10 minutes after your last one.");
        assertThat(AttemptRules.refusal(READ, false, null, List.of(last), 10, NOW.plusSeconds(300)))
                .as("the wait is over")
                .isEmpty();
    }

    @Test
    void unlimitedAttemptsNeverRunOut() {
        var many = Collections.nCopies(50, NOW.minusSeconds(3600));

        assertThat(AttemptRules.refusal(READ, false, null, many, 0, NOW)).isEmpty();
    }
}
