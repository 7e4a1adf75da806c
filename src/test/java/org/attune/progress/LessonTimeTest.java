package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LessonTimeTest {

    private final Instant start = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void reportsAddUpAsTimePasses() {
        var time = new LessonTime(1, 2, start);

        time.add(15, start);
        time.add(15, start.plusSeconds(15));
        time.add(15, start.plusSeconds(30));

        assertThat(time.getSeconds()).isEqualTo(45);
    }

    @Test
    void replayedReportsCannotAddMoreThanTheTimeThatPassed() {
        var time = new LessonTime(1, 2, start);
        time.add(15, start);

        for (int i = 0; i < 100; i++) {
            time.add(15, start.plusSeconds(5));
        }

        assertThat(time.getSeconds()).isEqualTo(15 + 5);
    }

    @Test
    void aSingleReportCountsAtMostThirtySecondsAndNeverLessThanNothing() {
        var time = new LessonTime(1, 2, start);

        time.add(3600, start.plusSeconds(3600));
        time.add(-50, start.plusSeconds(3700));

        assertThat(time.getSeconds()).isEqualTo(30);
    }
}
