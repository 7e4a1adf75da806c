package org.attune.lti;

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
 * One score to post to a grade target, made once in the transaction that graded the learner's passing attempt (or,
 * for a learner who had passed before their first launch, in the launch's): the percentage, out of 100, and the
 * moment of the grade, fixed here so that every try posts the same score with the same timestamp. It is posted
 * once the platform accepted it ({@code postedAt}, with the status it answered), and never changed after.
 */
@Entity
@Table(name = "lti_score")
@NamedQuery(
        name = "LtiScore.best",
        query = "select max(s.scoreGiven) from LtiScore s where s.targetId = :target and s.lineitem = :lineitem")
@NamedQuery(name = "LtiScore.ofTarget", query = "select s from LtiScore s where s.targetId = :target order by s.id")
public class LtiScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(nullable = false, length = 2000)
    private String lineitem;

    @Column(name = "score_given", nullable = false)
    private int scoreGiven;

    @Column(name = "score_maximum", nullable = false)
    private int scoreMaximum;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "posted_status")
    private Integer postedStatus;

    protected LtiScore() {}

    LtiScore(long targetId, String lineitem, long attemptId, int percent, Instant gradedAt, Instant queuedAt) {
        this.targetId = targetId;
        this.lineitem = Objects.requireNonNull(lineitem, "The line item a score goes to is required.");
        this.attemptId = attemptId;
        this.scoreGiven = percent;
        this.scoreMaximum = DeepLinking.SCORE_MAXIMUM;
        this.gradedAt = Objects.requireNonNull(gradedAt, "The moment of the grade is required.");
        this.queuedAt = Objects.requireNonNull(queuedAt, "The time queued is required.");
    }

    /** The score as the platform takes it, naming the learner by their subject there. */
    AgsScore score(String subject) {
        return new AgsScore(subject, scoreGiven, scoreMaximum, gradedAt);
    }

    void posted(int status, Instant now) {
        if (postedAt == null) {
            postedAt = now;
            postedStatus = status;
        }
    }

    public long getId() {
        return id;
    }

    public long getTargetId() {
        return targetId;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public String getLineitem() {
        return lineitem;
    }

    public int getScoreGiven() {
        return scoreGiven;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Integer getPostedStatus() {
        return postedStatus;
    }

    public boolean isPosted() {
        return postedAt != null;
    }
}
