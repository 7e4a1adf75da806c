package org.attune.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void unsetSettingsTakeTheirDefaults() {
        var settings = new Settings();
        settings.read(Map.of());

        assertThat(settings.idleMinutes()).isEqualTo(3);
        assertThat(settings.outboxRetrySeconds()).isEqualTo(30);
        assertThat(settings.outboxSweepSeconds()).isEqualTo(10);
    }

    @Test
    void aSettingIsReadAsAWholeNumberAndOneOutOfRangeFallsBackToItsDefault() {
        var settings = new Settings();
        settings.read(Map.of(
                "ATTUNE_IDLE_MINUTES",
                " 5 ",
                "ATTUNE_OUTBOX_RETRY_SECONDS",
                "0",
                "ATTUNE_OUTBOX_SWEEP_SECONDS",
                "soon"));

        assertThat(settings.idleMinutes()).isEqualTo(5);
        assertThat(settings.outboxRetrySeconds()).isEqualTo(30);
        assertThat(settings.outboxSweepSeconds()).isEqualTo(10);
    }
}
