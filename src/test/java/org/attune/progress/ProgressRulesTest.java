package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {

    @Test
    void progressCountsCompletedCurrentLessons() {
        var progress = ProgressRules.progress(List.of(1L, 2L, 3L), Set.of(1L, 3L));

        assertThat(progress).isEqualTo(new ModuleProgress(2, 3));
        assertThat(progress.percent()).isEqualTo(66);
        assertThat(progress.started()).isTrue();
        assertThat(progress.lessonsComplete()).isFalse();
    }

    @Test
    void aCompletedLessonThatWasRetiredNeitherAddsNorTakesAway() {
        var progress = ProgressRules.progress(List.of(1L, 2L), Set.of(1L, 99L));

        assertThat(progress).isEqualTo(new ModuleProgress(1, 2));
    }

    @Test
    void allLessonsCompleteMeansOneHundredPercent() {
        var progress = ProgressRules.progress(List.of(1L, 2L), Set.of(1L, 2L));

        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.lessonsComplete()).isTrue();
    }

    @Test
    void percentRoundsDownSoThatAlmostDoneIsNeverShownAsDone() {
        assertThat(new ModuleProgress(199, 200).percent()).isEqualTo(99);
    }

    @Test
    void aModuleWithoutLessonsIsNeitherStartedNorComplete() {
        var progress = ProgressRules.progress(List.of(), Set.of(1L));

        assertThat(progress.percent()).isZero();
        assertThat(progress.lessonsComplete()).isFalse();
    }

    @Test
    void theNextLessonToReadIsTheFirstNotCompletedInOrder() {
        assertThat(ProgressRules.nextToRead(List.of(5L, 3L, 9L), Set.of(5L))).contains(3L);
        assertThat(ProgressRules.nextToRead(List.of(5L, 3L), Set.of(5L, 3L))).isEmpty();
    }

    @Test
    void progressCannotExceedItsTotal() {
        assertThatThrownBy(() -> new ModuleProgress(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
