package org.attune.quiz;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.attune.progress.ModuleProgress;
import org.attune.web.Dates;
import org.attune.web.Texts;

/**
 * Where one learner stands with one module's post-test, as the module page and the quiz page show it.
 *
 * @param attemptsAllowed attempts allowed including any extra granted, or null for unlimited
 * @param timeLimitMinutes the time limit stretched by the learner's multiplier, or null when untimed
 * @param openAttemptId the attempt in progress, or null
 * @param whyNot why a new attempt cannot start now, or null when it can
 */
public record QuizOverview(
        int questions,
        int passingScore,
        Integer attemptsAllowed,
        int attemptsUsed,
        Integer timeLimitMinutes,
        boolean passed,
        Long openAttemptId,
        QuizRefusal whyNot,
        List<Past> history)
        implements Serializable {

    /** A submitted attempt in the learner's history. */
    public record Past(long attemptId, int number, Instant submittedAt, int percent, boolean passed)
            implements Serializable {

        public String submitted() {
            return Dates.format(submittedAt);
        }
    }

    /** The overview from the post-test's rules and the learner's attempts on it, at {@code now}. */
    static QuizOverview of(
            PostTestRecords.PostTest postTest,
            List<PostTestRecords.Attempt> attempts,
            PostTestRecords.Allowance allowance,
            ModuleProgress lessons,
            Instant now) {
        var settings = postTest.settings();
        Integer allowed =
                settings.attemptsAllowed() == null ? null : settings.attemptsAllowed() + allowance.extraAttempts();
        var submitted = attempts.stream().filter(a -> !a.open()).toList();
        var open = attempts.stream().filter(PostTestRecords.Attempt::open).findFirst();
        boolean passed = submitted.stream().anyMatch(PostTestRecords.Attempt::passed);
        var timeLimit = settings.timeLimitMinutes() == null
                ? null
                : allowance
                        .timeMultiplier()
                        .multiply(BigDecimal.valueOf(settings.timeLimitMinutes()))
                        .intValue();
        var refusal = AttemptRules.refusal(
                lessons,
                passed,
                allowed,
                submitted.stream().map(PostTestRecords.Attempt::submittedAt).toList(),
                settings.waitMinutes(),
                now);
        return new QuizOverview(
                postTest.questionsPerAttempt(),
                settings.passingScore(),
                allowed,
                attempts.size(),
                timeLimit,
                passed,
                open.map(PostTestRecords.Attempt::id).orElse(null),
                refusal.orElse(null),
                submitted.stream()
                        .map(a -> new Past(a.id(), a.number(), a.submittedAt(), a.percent(), a.passed()))
                        .toList());
    }

    /** Attempts the learner may still start, or -1 when attempts are unlimited. */
    public int attemptsLeft() {
        return attemptsAllowed == null ? -1 : Math.max(0, attemptsAllowed - attemptsUsed);
    }

    public boolean canStart() {
        return whyNot == null;
    }

    /** Why a new attempt cannot start now, in the page's language; null when it can. */
    public String refusal() {
        return whyNot == null ? null : Texts.text(Texts.current(), whyNot);
    }
}
