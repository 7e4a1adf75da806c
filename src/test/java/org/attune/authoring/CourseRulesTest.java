package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.content.CourseDefinition;
import org.junit.jupiter.api.Test;

class CourseRulesTest {

    private static final CourseDefinition STORED = CourseRules.newCourse("shame", "Shame and guilt", "Two feelings.");

    @Test
    void aNewCourseWaitsForApprovalNeedsReadingTimeAndHasTheStandardEvaluation() {
        var course = CourseRules.newCourse("shame", "  Shame and guilt ", " ");

        assertThat(course.title()).isEqualTo("Shame and guilt");
        assertThat(course.summary()).as("the title, when no summary is given").isEqualTo("Shame and guilt");
        assertThat(course.autoIssue()).isFalse();
        assertThat(course.requireReadingTime()).isTrue();
        assertThat(course.evaluation()).isEqualTo(CourseRules.STANDARD_EVALUATION);
    }

    @Test
    void everyFieldCertificatesPrintIsRequiredAndKeptShort() {
        var edited = new CourseDefinition(
                "shame", " ", "x".repeat(2001), "", "Provider", null, false, true, STORED.evaluation());

        assertThat(CourseRules.problems(edited, STORED, true))
                .containsEntry("title", "Give the course a title.")
                .containsEntry("summary", "Keep this under 2000 characters.")
                .containsEntry("scopeNote", "Say what the course does and does not qualify for.")
                .containsEntry("approvalStatement", "Give the approval statement printed on certificates.")
                .doesNotContainKey("provider");
    }

    @Test
    void onlyAnAdminSwitchesWhetherCertificatesSkipApproval() {
        var switched = new CourseDefinition(
                STORED.slug(),
                STORED.title(),
                STORED.summary(),
                STORED.scopeNote(),
                STORED.provider(),
                STORED.approvalStatement(),
                true,
                STORED.requireReadingTime(),
                STORED.evaluation());

        assertThat(CourseRules.problems(switched, STORED, false))
                .containsOnlyKeys("autoIssue")
                .containsEntry("autoIssue", "Only an admin decides whether certificates skip approval.");
        assertThat(CourseRules.problems(switched, STORED, true)).isEmpty();
    }
}
