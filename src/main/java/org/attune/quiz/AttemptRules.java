package org.attune.quiz;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.attune.progress.ModuleProgress;

/**
 * Whether a learner may start a new attempt at a module's post-test now, and if not, why, in words for them: the
 * module's current lessons come first, then a pass ends the post-test, then the attempts allowed (with any extra
 * granted), then the wait after the last attempt.
 */
final class AttemptRules {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC' 'on' d MMM");

    private AttemptRules() {}

    /**
     * @param lessons the learner's progress through the module's current lessons
     * @param passed whether they have passed the post-test
     * @param allowed the attempts allowed them, extra ones included; null for unlimited
     * @param submitted when each of their submitted attempts was submitted, oldest first
     * @param waitMinutes how long after an attempt the next may start
     * @return why a new attempt cannot start now; empty when it can
     */
    static Optional<String> refusal(
            ModuleProgress lessons,
            boolean passed,
            Integer allowed,
            List<Instant> submitted,
            int waitMinutes,
            Instant now) {
        if (!lessons.lessonsComplete()) {
            int left = lessons.total() - lessons.completed();
            return Optional.of("Complete the remaining " + left + (left == 1 ? " lesson" : " lessons")
                    + " to unlock the post-test.");
        }
        if (passed) {
            return Optional.of("You have passed this post-test.");
        }
        if (allowed != null && submitted.size() >= allowed) {
            return Optional.of("You have used all " + allowed + " attempts at this post-test. Ask your instructor for"
                    + " another: they can grant one, and you can start it at once.");
        }
        if (!submitted.isEmpty() && waitMinutes > 0) {
            var next = submitted.get(submitted.size() - 1).plus(Duration.ofMinutes(waitMinutes));
            if (now.isBefore(next)) {
                return Optional.of("You can start your next attempt at " + TIME.format(next.atZone(ZoneOffset.UTC))
                        + ", " + waitMinutes + " minutes after your last one.");
            }
        }
        return Optional.empty();
    }
}
