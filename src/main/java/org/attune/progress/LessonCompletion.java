package org.attune.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;

/**
 * The fact that one learner completed one lesson, and when. There is at most one per learner and lesson; the
 * first completion is the one that counts. Recording it records an outbox row of topic {@link #COMPLETED}, whose
 * consequence checks the lesson's module ({@link ModuleCompletions}).
 */
@Entity
@Table(
        name = "lesson_completion",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_completion_account_lesson",
                        columnNames = {"account_id", "lesson_id"}))
@NamedQuery(
        name = "LessonCompletion.lessonIdsOf",
        query = "select c.lessonId from LessonCompletion c where c.accountId = :account")
@NamedQuery(
        name = "LessonCompletion.count",
        query = "select count(c) from LessonCompletion c where c.accountId = :account and c.lessonId = :lesson")
public class LessonCompletion {

    /** The outbox topic of a completed lesson; its payload names the account and the lesson's module. */
    public static final String COMPLETED = "lesson-completed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonCompletion() {}

    LessonCompletion(long accountId, long lessonId, Instant completedAt) {
        this.accountId = accountId;
        this.lessonId = lessonId;
        this.completedAt = Objects.requireNonNull(completedAt, "Completion time is required.");
    }

    public long getAccountId() {
        return accountId;
    }

    public long getLessonId() {
        return lessonId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
