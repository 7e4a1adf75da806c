package org.attune.quiz;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.attune.web.Dates;

/**
 * Where one learner stands with one module's post-test, as the module page and the quiz page show it.
 *
 * @param attemptsAllowed attempts allowed including any extra granted, or null for unlimited
 * @param timeLimitMinutes the time limit stretched by the learner's multiplier, or null when untimed
 * @param openAttemptId the attempt in progress, or null
 * @param refusal why a new attempt cannot start now, or null when it can
 */
public record QuizOverview(
        int questions,
        int passingScore,
        Integer attemptsAllowed,
        int attemptsUsed,
        Integer timeLimitMinutes,
        boolean passed,
        Long openAttemptId,
        String refusal,
        List<Past> history)
        implements Serializable {

    /** A submitted attempt in the learner's history. */
    public record Past(long attemptId, int number, Instant submittedAt, int percent, boolean passed)
            implements Serializable {

        public String submitted() {
            return Dates.format(submittedAt);
        }
    }

    /** Attempts the learner may still start, or -1 when attempts are unlimited. */
    public int attemptsLeft() {
        return attemptsAllowed == null ? -1 : Math.max(0, attemptsAllowed - attemptsUsed);
    }

    public boolean canStart() {
        return refusal == null;
    }
}
