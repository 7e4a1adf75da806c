package org.attune.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.progress.ModuleProgress;
import org.attune.web.Dates;

/**
 * Whether a learner may start a new attempt at a module's post-test now, and if not, why, in words for them: the
 * module's current lessons come first, then a pass ends the post-test, then the attempts allowed (with any extra
 * granted), then the wait after the last attempt. The moment the wait ends is written as pages write a moment
 * ({@link Dates}), in the language of the page that asks.
 */
final class AttemptRules {

    private AttemptRules() {}

    /**
     * @param lessons the learner's progress through the module's current lessons
     * @param passed whether they have passed the post-test
     * @param allowed the attempts allowed them, extra ones included; null for unlimited
     * @param submitted when each of their submitted attempts was submitted, oldest first
     * @param waitMinutes how long after an attempt the next may start
     * @return why a new attempt cannot start now; empty when it can
     */
    static Optional<QuizRefusal> refusal(
            ModuleProgress lessons,
            boolean passed,
            Integer allowed,
            List<Instant> submitted,
            int waitMinutes,
            Instant now) {
        if (!lessons.lessonsComplete()) {
            int left = lessons.total() - lessons.completed();
            return Optional.of(new QuizRefusal("quiz.refusal.lessonsLeft", left));
        }
        if (passed) {
            return Optional.of(new QuizRefusal("quiz.refusal.passed"));
        }
        if (allowed != null && submitted.size() >= allowed) {
            return Optional.of(new QuizRefusal("quiz.refusal.attemptsUsed", allowed));
        }
        if (!submitted.isEmpty() && waitMinutes > 0) {
            var next = submitted.get(submitted.size() - 1).plus(Duration.ofMinutes(waitMinutes));
            if (now.isBefore(next)) {
                return Optional.of(new QuizRefusal("quiz.refusal.wait", Dates.format(next), waitMinutes));
            }
        }
        return Optional.empty();
    }
}
