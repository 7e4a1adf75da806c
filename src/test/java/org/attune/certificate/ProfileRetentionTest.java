package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.ce.AccreditorProfile;
import org.attune.ce.CreditRule;
import org.attune.content.CourseApproval;
import org.junit.jupiter.api.Test;

class ProfileRetentionTest {

    private static AccreditorProfile profile(String id, String name, int years) {
        return new AccreditorProfile(
                id,
                name,
                "{provider} is approved by {body}.",
                Set.of(),
                new CreditRule(60, new BigDecimal("0.25"), CreditRule.Rounding.DOWN),
                List.of(),
                years,
                List.of(),
                List.of());
    }

    private static CourseApproval approval(String body) {
        return new CourseApproval(body, "N-1", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "home study");
    }

    @Test
    void eachApprovalsBodyThatNamesAPeriodGivesARuleAndTheLongestWinsOverTheFloor() {
        var profiles = Map.of(
                "six", profile("six", "A body keeping six years", 6),
                "none", profile("none", "A body naming no period", 0));

        var rules = ProfileRetention.rules(
                List.of(approval("six"), approval("none"), approval("unknown"), approval("six")),
                id -> Optional.ofNullable(profiles.get(id)));

        assertThat(rules).containsExactly(new RetentionRule("A body keeping six years", 6));
        assertThat(Retention.longest(4, rules)).isEqualTo(new Retention(6, "A body keeping six years"));
        assertThat(Retention.longest(
                                4,
                                ProfileRetention.rules(
                                        List.of(approval("none")), id -> Optional.ofNullable(profiles.get(id))))
                        .years())
                .isEqualTo(4);
    }
}
