package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A link Attune mailed to a person, for one purpose: to choose a new password, or to confirm an address (the
 * account's own, or the new one it asked to change to, kept in {@code email}). Only the SHA-256 of its random token
 * is stored, so the table cannot be used to sign in. A link works once, until it expires, and only while it is the
 * newest of its purpose for the account: a newer one voids it.
 */
@Entity
@Table(name = "account_link")
@NamedQuery(name = "AccountLink.byHash", query = "select l from AccountLink l where l.tokenHash = :hash")
@NamedQuery(
        name = "AccountLink.void",
        query = "update AccountLink l set l.voidedAt = :now where l.accountId = :account and l.purpose = :purpose"
                + " and l.usedAt is null and l.voidedAt is null")
class AccountLink {

    enum Purpose {
        RESET,
        VERIFY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected AccountLink() {}

    AccountLink(long accountId, Purpose purpose, String tokenHash, String email, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = Objects.requireNonNull(purpose, "A purpose is required.");
        this.tokenHash = Objects.requireNonNull(tokenHash, "A token hash is required.");
        this.email = Objects.requireNonNull(email, "An email is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "A creation time is required.");
        this.expiresAt = Objects.requireNonNull(expiresAt, "An expiry is required.");
    }

    /** Whether the link still works at the given moment. */
    boolean worksAt(Instant now) {
        return usedAt == null && voidedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant at) {
        usedAt = at;
    }

    long getAccountId() {
        return accountId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    String getEmail() {
        return email;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
