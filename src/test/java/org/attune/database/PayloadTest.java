package org.attune.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PayloadTest {

    @Test
    void aPayloadReadsAsItIsWrittenAndBack() {
        var payload = Payload.of("account", 12, "module", "attunement");

        assertThat(payload).hasToString("account=12 module=attunement");
        assertThat(Payload.parse(payload.toString())).isEqualTo(payload);
        assertThat(payload.number("account")).isEqualTo(12);
        assertThat(payload.text("module")).isEqualTo("attunement");
        assertThat(payload.optional("course")).isEmpty();
    }

    @Test
    void aValueThatWouldNotReadBackIsRefused() {
        assertThatThrownBy(() -> Payload.of("course", "two words")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Payload.of("course", "a=b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Payload.of("account")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingNameSaysWhichItIs() {
        assertThatThrownBy(() -> Payload.parse("account=12").text("module")).hasMessageContaining("module");
    }
}
