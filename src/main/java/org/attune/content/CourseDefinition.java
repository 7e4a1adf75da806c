package org.attune.content;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The course the modules make up, as {@code modules/course.yaml} defines it: its title and summary, the scope
 * note every learner is shown, what its certificates print (provider and approval statement), whether they are
 * issued at once or after an admin's approval, the course evaluation continuing-education boards require, the
 * approvals it holds from approving bodies, the CE subject categories it counts toward (ids of
 * org.attune.ce's vocabulary, {@code general} when course.yaml names none) and its disclosures.
 */
public record CourseDefinition(
        String slug,
        String title,
        String summary,
        String scopeNote,
        String provider,
        String approvalStatement,
        boolean autoIssue,
        boolean requireReadingTime,
        List<EvaluationQuestion> evaluation,
        List<CourseApproval> approvals,
        List<String> categories,
        CourseDisclosures disclosures)
        implements Serializable {

    /** The category a course counts toward when it names none. */
    public static final String DEFAULT_CATEGORY = "general";

    /** One question of the course evaluation: a 1-5 agreement rating, or free text. */
    public record EvaluationQuestion(String id, Kind kind, String prompt) implements Serializable {

        /** How the learner answers. */
        public enum Kind {
            RATING,
            TEXT
        }
    }

    public CourseDefinition {
        Objects.requireNonNull(slug, "Course slug is required.");
        Objects.requireNonNull(title, "Course title is required.");
        Objects.requireNonNull(summary, "Course summary is required.");
        Objects.requireNonNull(scopeNote, "Scope note is required.");
        evaluation = List.copyOf(evaluation);
        approvals = List.copyOf(approvals);
        categories = categories.isEmpty() ? List.of(DEFAULT_CATEGORY) : List.copyOf(categories);
        disclosures = disclosures == null ? CourseDisclosures.NONE : disclosures;
    }

    /** A course that holds no approval, counts toward general CE and discloses nothing. */
    public CourseDefinition(
            String slug,
            String title,
            String summary,
            String scopeNote,
            String provider,
            String approvalStatement,
            boolean autoIssue,
            boolean requireReadingTime,
            List<EvaluationQuestion> evaluation) {
        this(
                slug,
                title,
                summary,
                scopeNote,
                provider,
                approvalStatement,
                autoIssue,
                requireReadingTime,
                evaluation,
                List.of(),
                List.of(),
                CourseDisclosures.NONE);
    }

    /** The same course holding other approvals. */
    public CourseDefinition withApprovals(List<CourseApproval> replaced) {
        return new CourseDefinition(
                slug,
                title,
                summary,
                scopeNote,
                provider,
                approvalStatement,
                autoIssue,
                requireReadingTime,
                evaluation,
                replaced,
                categories,
                disclosures);
    }

    /** A fingerprint of everything the course says, so that an import can tell an unchanged course.yaml. */
    public String contentHash() {
        return Fingerprint.of(this);
    }
}
