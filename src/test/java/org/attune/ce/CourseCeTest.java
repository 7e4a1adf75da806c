package org.attune.ce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attune.content.ContentException;
import org.attune.content.CourseApproval;
import org.attune.content.CourseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.yaml's approvals, categories and disclosures, read and checked against the library. */
class CourseCeTest {

    private static final String COURSE = """
            slug: c
            title: "A course"
            provider: "Attune Continuing Education"
            approvalStatement: "Attune maintains responsibility for this program."
            issue: auto
            summary: "What it is."
            scopeNote: "What it is not."
            evaluation:
              - id: objectives
                type: rating
                prompt: "The course met its objectives."
            """;

    private static final String APPROVALS = """
            approvals:
              - body: example
                number: "ACE-1234"
                validFrom: 2026-01-01
                validTo: 2027-12-31
                format: "home study"
            categories: [law-and-ethics, general]
            disclosures:
              authors:
                - name: "A. Author"
                  credentials: "PhD, LMFT"
                  role: author
              conflictsOfInterest: "None."
              commercialSupport: none
            """;

    @TempDir
    Path root;

    @Test
    void approvalsCategoriesAndDisclosuresAreRead() throws Exception {
        var course = CourseReader.read(Files.writeString(root.resolve("course.yaml"), COURSE + APPROVALS));

        assertThat(course.approvals())
                .containsExactly(new CourseApproval(
                        "example", "ACE-1234", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "home study"));
        assertThat(course.categories()).containsExactly("law-and-ethics", "general");
        assertThat(course.disclosures().authors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("A. Author");
            assertThat(a.credentials()).isEqualTo("PhD, LMFT");
        });
        assertThat(course.disclosures().conflictsOfInterest()).isEqualTo("None.");
        assertThat(course.disclosures().commercialSupport()).isEqualTo("none");
    }

    @Test
    void aCourseWithoutThemHoldsNoApprovalAndCountsAsGeneral() throws Exception {
        var course = CourseReader.read(Files.writeString(root.resolve("course.yaml"), COURSE));

        assertThat(course.approvals()).isEmpty();
        assertThat(course.categories()).containsExactly("general");
        assertThat(course.disclosures().isEmpty()).isTrue();
    }

    @Test
    void anApprovalThatEndsBeforeItStartsIsRefused() throws Exception {
        var file = Files.writeString(
                root.resolve("course.yaml"), COURSE + APPROVALS.replace("validTo: 2027-12-31", "validTo: 2025-12-31"));

        assertThatThrownBy(() -> CourseReader.read(file))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("validTo 2025-12-31 is before validFrom 2026-01-01");
    }

    @Test
    void aDateThatIsNotADateIsRefused() throws Exception {
        var file = Files.writeString(
                root.resolve("course.yaml"), COURSE + APPROVALS.replace("validFrom: 2026-01-01", "validFrom: soon"));

        assertThatThrownBy(() -> CourseReader.read(file)).hasMessageContaining("'validFrom' must be a date");
    }

    @Test
    void anApprovalByABodyWithoutAProfileStopsTheCourse() throws Exception {
        var file = Files.writeString(root.resolve("course.yaml"), COURSE + APPROVALS);
        var course = CourseReader.read(file);

        assertThatThrownBy(() -> CeLibrary.empty().requireKnown(file, course))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("approval body 'example' has no profile");
    }

    @Test
    void anUnknownCategoryStopsTheCourse() throws Exception {
        var file = Files.writeString(root.resolve("course.yaml"), COURSE + "categories: [astrology]\n");
        var course = CourseReader.read(file);

        assertThatThrownBy(() -> CeLibrary.empty().requireKnown(file, course))
                .hasMessageContaining("unknown category 'astrology'");
    }
}
