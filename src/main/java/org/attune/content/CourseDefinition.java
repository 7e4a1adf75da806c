package org.attune.content;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The course the modules make up, as {@code modules/course.yaml} defines it: its title and summary, the scope
 * note every learner is shown, what its certificates print (provider and approval statement), whether they are
 * issued at once or after an admin's approval, and the course evaluation continuing-education boards require.
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
        List<EvaluationQuestion> evaluation)
        implements Serializable {

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
    }

    /** A fingerprint of everything the course says, so that an import can tell an unchanged course.yaml. */
    public String contentHash() {
        return Fingerprint.of(this);
    }
}
