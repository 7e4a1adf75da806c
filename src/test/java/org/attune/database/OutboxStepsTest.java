package org.attune.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxStepsTest {

    @Test
    void theWaitBeforeARetryDoublesWithEachFailureAndNeverPassesAnHour() {
        assertThat(OutboxSteps.wait(30, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSteps.wait(30, 2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxSteps.wait(30, 4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(OutboxSteps.wait(30, 12)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSteps.wait(30, 10_000)).isEqualTo(Duration.ofHours(1));
    }
}
