package org.attune.account;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * An account's authenticator (two-step sign-in): the TOTP secret it shares with the person's app, sealed under the
 * key-encryption key, never held in the clear. It counts only once confirmed by a code the app made; the last step
 * accepted only goes up, and no code of that step or an earlier one is accepted again. Cached, since every request
 * to a staff area asks whether its account has one ({@link SecondFactorRequired}).
 */
@Entity
@Table(name = "second_factor")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class SecondFactor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected SecondFactor() {}

    SecondFactor(long accountId, String sealedSecret, Instant createdAt) {
        this.accountId = accountId;
        this.secret = Objects.requireNonNull(sealedSecret, "The sealed secret is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "The creation time is required.");
    }

    /** What the secret of an account is sealed for: it opens for this account only. */
    static String purpose(long accountId) {
        return "totp-secret " + accountId;
    }

    void confirm(Instant at) {
        confirmedAt = Objects.requireNonNull(at, "The confirmation time is required.");
    }

    void accepted(long step) {
        if (step <= lastStep) {
            throw new IllegalArgumentException("A step at or before the last one accepted is never accepted.");
        }
        lastStep = step;
    }

    long accountId() {
        return accountId;
    }

    String sealedSecret() {
        return secret;
    }

    long lastStep() {
        return lastStep;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }
}
