package org.attune.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One learner's course evaluation, submitted once; the answers by question id, as JSON. Submitting it is a fact
 * that may complete the course: it records an outbox row of topic {@link #SUBMITTED}.
 */
@Entity
@Table(name = "course_evaluation")
@NamedQuery(
        name = "CourseEvaluation.of",
        query = "select e from CourseEvaluation e where e.accountId = :account and e.courseSlug = :course")
@NamedQuery(name = "CourseEvaluation.ofCourse", query = "select e from CourseEvaluation e where e.courseSlug = :course")
@NamedQuery(
        name = "CourseEvaluation.coursesOf",
        query = "select e.courseSlug from CourseEvaluation e where e.accountId = :account")
public class CourseEvaluation {

    /** The outbox topic of a submitted evaluation; its payload names the account and the course. */
    public static final String SUBMITTED = "evaluation-submitted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_slug", nullable = false, length = 80)
    private String courseSlug;

    @Column(nullable = false, length = 20_000)
    private String answers;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected CourseEvaluation() {}

    CourseEvaluation(long accountId, String courseSlug, String answers, Instant submittedAt) {
        this.accountId = accountId;
        this.courseSlug = Objects.requireNonNull(courseSlug);
        this.answers = Objects.requireNonNull(answers);
        this.submittedAt = Objects.requireNonNull(submittedAt);
    }

    String getAnswers() {
        return answers;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
