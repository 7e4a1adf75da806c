package org.attune.quiz;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.content.QuizSettings;

/**
 * What the dashboard and the module page read of post-tests, as immutable values for the server's caches
 * ({@link PostTestCache}): every post-test's rules, and one learner's attempts and accommodations.
 */
final class PostTestRecords {

    private PostTestRecords() {}

    /** A module's post-test as its overview needs it. */
    record PostTest(long id, long moduleId, int questionsPerAttempt, QuizSettings settings) implements Serializable {

        static PostTest of(Quiz quiz) {
            return new PostTest(quiz.getId(), quiz.getModuleId(), quiz.questionsPerAttempt(), quiz.settings());
        }
    }

    /** Every post-test, by module id. */
    record PostTests(Map<Long, PostTest> byModule) implements Serializable {}

    /**
     * One attempt of the learner's.
     *
     * @param deadline when its answers stop counting (the learner's time multiplier applied), or null when untimed
     */
    record Attempt(
            long id, int number, boolean open, Instant deadline, Instant submittedAt, Integer percent, boolean passed)
            implements Serializable {

        static Attempt of(QuizAttempt attempt, BigDecimal timeMultiplier) {
            return new Attempt(
                    attempt.getId(),
                    attempt.getNumber(),
                    attempt.isOpen(),
                    attempt.deadline(timeMultiplier),
                    attempt.getSubmittedAt(),
                    attempt.getPercent(),
                    attempt.isPassed());
        }

        /** Whether it is still open although its time (and the grace after it) has run out. */
        boolean expiredAt(Instant now) {
            return open && deadline != null && now.isAfter(deadline.plus(AttemptService.GRACE));
        }
    }

    /** An accommodation granted to the learner on one post-test. */
    record Allowance(int extraAttempts, BigDecimal timeMultiplier) implements Serializable {

        static final Allowance NONE = new Allowance(0, BigDecimal.ONE);
    }

    /** One learner's attempts (in order) and accommodations, by post-test id. */
    record Learner(Map<Long, List<Attempt>> attempts, Map<Long, Allowance> allowances) implements Serializable {

        List<Attempt> of(long quizId) {
            return attempts.getOrDefault(quizId, List.of());
        }

        Allowance allowance(long quizId) {
            return allowances.getOrDefault(quizId, Allowance.NONE);
        }
    }
}
