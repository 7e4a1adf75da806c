package org.attune.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Extra time (a multiplier of the time limit, 1 to 4) and extra attempts granted to one learner on one quiz by an
 * instructor or admin. Takes effect at once, for an attempt in progress too.
 */
@Entity
@EntityListeners(PostTestChanges.class)
@Table(name = "quiz_accommodation")
@NamedQuery(
        name = "Accommodation.of",
        query = "select a from Accommodation a where a.quizId = :quiz and a.accountId = :account")
@NamedQuery(name = "Accommodation.all", query = "select a from Accommodation a order by a.grantedAt desc")
public class Accommodation {

    public static final BigDecimal MAX_MULTIPLIER = new BigDecimal("4.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quiz_id", nullable = false)
    private long quizId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "time_multiplier", nullable = false, precision = 4, scale = 2)
    private BigDecimal timeMultiplier;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(name = "granted_by", nullable = false, length = 254)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Accommodation() {}

    Accommodation(long quizId, long accountId) {
        this.quizId = quizId;
        this.accountId = accountId;
    }

    static boolean allowedMultiplier(BigDecimal multiplier) {
        return multiplier.compareTo(BigDecimal.ONE) >= 0 && multiplier.compareTo(MAX_MULTIPLIER) <= 0;
    }

    static boolean allowedExtra(int extra) {
        return extra >= 0 && extra <= 20;
    }

    void grant(BigDecimal multiplier, int extra, String by, Instant at) {
        if (!allowedMultiplier(multiplier)) {
            throw new IllegalArgumentException("the time multiplier must be from 1 to 4");
        }
        if (!allowedExtra(extra)) {
            throw new IllegalArgumentException("extra attempts must be from 0 to 20");
        }
        timeMultiplier = multiplier;
        extraAttempts = extra;
        grantedBy = by;
        grantedAt = at;
    }

    public long getQuizId() {
        return quizId;
    }

    public long getAccountId() {
        return accountId;
    }

    public BigDecimal getTimeMultiplier() {
        return timeMultiplier;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
