package org.attune.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that turn completed lessons into progress. Only a module's current lessons count: a completion of a
 * lesson since retired stays on record but neither adds to nor takes from the module's progress. Whether a module
 * is complete is the standing's to say ({@link ModuleStanding#complete}).
 */
public final class ProgressRules {

    private ProgressRules() {}

    public static ModuleProgress progress(Collection<Long> currentLessonIds, Set<Long> completedLessonIds) {
        int completed = (int) currentLessonIds.stream()
                .distinct()
                .filter(completedLessonIds::contains)
                .count();
        return new ModuleProgress(
                completed, (int) currentLessonIds.stream().distinct().count());
    }

    /** The first lesson, in order, not yet completed; empty when all are. */
    public static Optional<Long> nextToRead(List<Long> currentLessonIds, Set<Long> completedLessonIds) {
        return currentLessonIds.stream()
                .filter(id -> !completedLessonIds.contains(id))
                .findFirst();
    }
}
