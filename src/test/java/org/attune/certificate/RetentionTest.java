package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void theLongestRuleThatAppliesWinsAndNothingIsKeptForLessThanTheOperatorsFloor() {
        var california = new RetentionRule("California BBS renewal rule", 4);
        var six = new RetentionRule("A body asking six years", 6);
        var none = new RetentionRule("APA (names no period)", 0);

        assertThat(Retention.longest(4, List.of(california, six, none)))
                .isEqualTo(new Retention(6, "A body asking six years"));
        assertThat(Retention.longest(4, List.of(california, none)).years()).isEqualTo(4);
        assertThat(Retention.longest(7, List.of(california, six)).years())
                .as("the floor")
                .isEqualTo(7);
        assertThat(Retention.longest(4, List.of()).because()).contains("ATTUNE_RECORDS_YEARS");
    }
}
