package org.attune.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Active time one learner has spent on one lesson: page visible and the learner active. It grows only by what the
 * learner's {@link ReadingClock} credits, so all of a learner's lessons together grow no faster than real time.
 */
@Entity
@Table(name = "lesson_time")
@NamedQuery(
        name = "LessonTime.of",
        query = "select t from LessonTime t where t.accountId = :account and t.lessonId = :lesson")
@NamedQuery(name = "LessonTime.allOf", query = "select t from LessonTime t where t.accountId = :account")
public class LessonTime {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(nullable = false)
    private int seconds;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LessonTime() {}

    LessonTime(long accountId, long lessonId, Instant now) {
        this.accountId = accountId;
        this.lessonId = lessonId;
        this.updatedAt = now;
    }

    /** Adds seconds the learner's reading clock credited. */
    void add(int credited, Instant now) {
        seconds += credited;
        updatedAt = now;
    }

    public long getLessonId() {
        return lessonId;
    }

    public int getSeconds() {
        return seconds;
    }
}
