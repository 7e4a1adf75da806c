package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attune.ce.CeLibrary;
import org.attune.content.CourseApproval;
import org.junit.jupiter.api.Test;

class RenewalRetentionTest {

    private static CourseApproval approval(String body) {
        return new CourseApproval(body, "N-1", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "home study");
    }

    @Test
    void aCourseApprovedByApaIsKeptAsLongAsTheShippedBoardsThatAcceptApaAsk() throws IOException {
        var boards = CeLibrary.read(Path.of("modules")).renewalRules();

        var rules = RenewalRetention.rules(List.of(approval("apa")), boards);

        assertThat(rules)
                .contains(new RetentionRule("California Board of Behavioral Sciences", 4))
                .allSatisfy(rule -> assertThat(rule.years()).isPositive());
        assertThat(Retention.longest(4, rules).years()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aCourseWithoutApprovalsOrApprovedByABodyNoBoardAcceptsAddsNoRule() throws IOException {
        var boards = CeLibrary.read(Path.of("modules")).renewalRules();

        assertThat(RenewalRetention.rules(List.of(), boards)).isEmpty();
        assertThat(RenewalRetention.rules(List.of(approval("a-body-no-board-names")), boards))
                .isEmpty();
    }
}
