package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingClockTest {

    private final Instant served = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void reportsAddUpAsTimePasses() {
        var clock = new ReadingClock(1, served);

        int credited = clock.credit(15, served, served.plusSeconds(15))
                + clock.credit(15, served, served.plusSeconds(30))
                + clock.credit(15, served, served.plusSeconds(45));

        assertThat(credited).isEqualTo(45);
    }

    @Test
    void nothingIsCreditedForTheTimeBeforeThePageWasServed() {
        var clock = new ReadingClock(1, served);

        assertThat(clock.credit(15, served.plusSeconds(100), served.plusSeconds(105)))
                .isEqualTo(5);
    }

    @Test
    void replayedReportsCannotAddMoreThanTheTimeThatPassed() {
        var clock = new ReadingClock(1, served);
        int credited = clock.credit(15, served, served.plusSeconds(15));

        for (int i = 0; i < 100; i++) {
            credited += clock.credit(15, served, served.plusSeconds(20));
        }

        assertThat(credited).isEqualTo(15 + 5);
    }

    @Test
    void manyLessonsReportingAtOnceShareOneWallClock() {
        var clock = new ReadingClock(1, served);
        int credited = 0;

        for (int second = 15; second <= 600; second += 15) {
            for (int lesson = 0; lesson < 25; lesson++) {
                credited += clock.credit(30, served, served.plusSeconds(second));
            }
        }

        assertThat(credited).isEqualTo(600);
    }

    @Test
    void reportsEveryHalfSecondEarnHalfASecondEach() {
        var clock = new ReadingClock(1, served);
        int credited = 0;

        for (int half = 1; half <= 120; half++) {
            credited += clock.credit(30, served, served.plusMillis(500L * half));
        }

        assertThat(credited).as("fractions carry over; none is rounded up").isEqualTo(60);
    }

    @Test
    void aSingleReportCountsAtMostThirtySecondsAndNeverLessThanNothing() {
        var clock = new ReadingClock(1, served);

        int credited = clock.credit(3600, served, served.plusSeconds(3600))
                + clock.credit(-50, served, served.plusSeconds(3700));

        assertThat(credited).isEqualTo(30);
    }

    @Test
    void timeNotReportedAsActiveIsNotClaimedLater() {
        var clock = new ReadingClock(1, served);
        clock.credit(15, served, served.plusSeconds(300));

        assertThat(clock.credit(30, served, served.plusSeconds(301))).isEqualTo(1);
    }
}
