package org.attune.progress;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where one learner stands in one published module: which of its current lessons they completed, their reading
 * time on them against the lessons' estimated minutes, the post-test (if the module has one) and the module's
 * completion. Completed once, completed for good: a completion recorded for an earlier revision stands when a later
 * one adds lessons, while the lessons left are counted in the current revision.
 *
 * @param revision the module's current revision
 * @param lessonIds the module's current lessons, in order
 * @param lessonsDone those of them the learner completed
 * @param readingSeconds the learner's active time on the current lessons
 * @param requiredReadingSeconds the current lessons' estimated reading time
 * @param completion the learner's first completion of the module, or null
 */
public record ModuleStanding(
        String slug,
        int revision,
        List<Long> lessonIds,
        Set<Long> lessonsDone,
        int readingSeconds,
        int requiredReadingSeconds,
        boolean hasPostTest,
        boolean postTestPassed,
        Completion completion)
        implements Serializable {

    public ModuleStanding {
        lessonIds = List.copyOf(lessonIds);
        lessonsDone = Set.copyOf(lessonsDone);
    }

    /** The current lessons done of all of them. */
    public ModuleProgress lessons() {
        return new ModuleProgress(lessonsDone.size(), lessonIds.size());
    }

    public boolean done(long lessonId) {
        return lessonsDone.contains(lessonId);
    }

    /** The first current lesson, in order, not yet done; empty when all are. */
    public Optional<Long> nextLesson() {
        return ProgressRules.nextToRead(lessonIds, lessonsDone);
    }

    /** The rule, now: every current lesson done, and the post-test passed if the module has one. */
    public boolean meetsRule() {
        return lessons().lessonsComplete() && (!hasPostTest || postTestPassed);
    }

    /**
     * Whether the module counts as complete: it was completed once (any revision), or it meets the rule now and its
     * completion is about to be recorded.
     */
    public boolean complete() {
        return completion != null || meetsRule();
    }

    /** The revision the learner completed, or for a module not completed yet, the current one. */
    public int revisionCompleted() {
        return completion != null ? completion.revision() : revision;
    }
}
