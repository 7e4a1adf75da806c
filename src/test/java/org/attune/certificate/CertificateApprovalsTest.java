package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;
import org.junit.jupiter.api.Test;

class CertificateApprovalsTest {

    private static final CourseDefinition COURSE = new CourseDefinition(
                    "c", "Course", "S", "N", "Attune Continuing Education", "Stmt", true, true, List.of())
            .withApprovals(List.of(TestApprovals.APA, TestApprovals.ASWB));
    private static final LocalDate DURING = LocalDate.of(2026, 6, 1);

    private static List<String> bodies(List<String> licenceTypes, LocalDate completedOn) {
        return CertificateApprovals.applying(TestApprovals.shipped(), COURSE, licenceTypes, completedOn, 225).stream()
                .map(CertificateApproval::body)
                .toList();
    }

    @Test
    void aSocialWorkerIsIssuedUnderTheAswbApprovalOnly() {
        assertThat(bodies(List.of("LCSW"), DURING)).containsExactly("aswb-ace");
    }

    @Test
    void aPsychologistWhoIsAlsoASocialWorkerIsIssuedUnderBoth() {
        assertThat(bodies(List.of("psychologist", "LCSW"), DURING)).containsExactly("apa", "aswb-ace");
    }

    @Test
    void aLearnerWhoseLicencesNoBodyServesGetsEveryValidApproval() {
        assertThat(bodies(List.of("LMFT"), DURING)).containsExactly("apa", "aswb-ace");
        assertThat(bodies(List.of(), DURING)).containsExactly("apa", "aswb-ace");
    }

    @Test
    void anApprovalThatExpiredBeforeTheCompletionDayStopsNewCertificatesUnderIt() {
        var course = COURSE.withApprovals(List.of(
                TestApprovals.APA,
                new CourseApproval("aswb-ace", "ACE-1", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 5, 31), null)));

        var after = CertificateApprovals.applying(TestApprovals.shipped(), course, List.of("LCSW"), DURING, 225);

        assertThat(after).extracting(CertificateApproval::body).containsExactly("apa");
    }

    @Test
    void aLearnerWhoCompletedOnTheLastValidDayIsIssuedUnderIt() {
        assertThat(bodies(List.of("LCSW"), LocalDate.of(2027, 12, 31))).containsExactly("aswb-ace");
        assertThat(bodies(List.of("LCSW"), LocalDate.of(2028, 1, 1))).isEmpty();
    }

    @Test
    void anApprovalBeforeItStartsDoesNotPrint() {
        assertThat(bodies(List.of(), LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void anApprovalOfABodyWithoutAProfilePrintsNothing() {
        var course = COURSE.withApprovals(
                List.of(new CourseApproval("camft", "1", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null)));
        assertThat(CertificateApprovals.applying(TestApprovals.shipped(), course, List.of(), DURING, 60))
                .isEmpty();
    }

    @Test
    void eachApprovalCarriesItsBodysCreditsAndItsStatementFilledIn() {
        var printed = TestApprovals.twoPrinted();

        assertThat(printed.get(0).credits()).isEqualByComparingTo("3.5");
        assertThat(printed.get(1).credits()).isEqualByComparingTo("3.75");
        assertThat(printed.get(0).statement())
                .startsWith("Attune Continuing Education is approved by the American Psychological Association");
        assertThat(printed.get(1).statement())
                .contains("provider #ACE-TEST-2")
                .contains("2026-01-01 to 2027-12-31")
                .doesNotContain("{");
    }
}
