package org.attune.quiz;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A learner's attempt at a module's post-test was graded (submitted, or closed when its time ran out): fired within
 * the grading transaction, once per attempt, for features above that report the result (an LRS statement).
 * {@code earned} is out of {@code possible} points; {@code percent} is what the learner is shown.
 */
public record AttemptGraded(
        long attemptId,
        long accountId,
        String moduleSlug,
        int number,
        BigDecimal earned,
        int possible,
        int percent,
        int passingScore,
        boolean passed,
        Instant gradedAt) {}
