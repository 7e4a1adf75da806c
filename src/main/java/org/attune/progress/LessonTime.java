package org.attune.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Active time one learner has spent on one lesson: page visible and the learner active. It grows only as fast as
 * real time passes, however often the browser reports, so it cannot be inflated by replaying reports.
 */
@Entity
@Table(name = "lesson_time")
@NamedQuery(
        name = "LessonTime.of",
        query = "select t from LessonTime t where t.accountId = :account and t.lessonId = :lesson")
@NamedQuery(name = "LessonTime.allOf", query = "select t from LessonTime t where t.accountId = :account")
public class LessonTime {

    /** The most one report can add: the browser reports every 15 seconds, with room for a late tick. */
    static final int MAX_REPORT_SECONDS = 30;

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
        this.updatedAt = now.minusSeconds(MAX_REPORT_SECONDS);
    }

    /** Adds a report of active seconds, never more than has passed since the last report (to the nearest second). */
    void add(int reported, Instant now) {
        long elapsed = Math.round(Duration.between(updatedAt, now).toMillis() / 1000.0);
        int credit = (int) Math.max(0, Math.min(Math.min(reported, MAX_REPORT_SECONDS), elapsed));
        seconds += credit;
        updatedAt = now;
    }

    public long getLessonId() {
        return lessonId;
    }

    public int getSeconds() {
        return seconds;
    }
}
