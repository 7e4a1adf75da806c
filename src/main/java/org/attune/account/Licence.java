package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One professional licence a clinician holds: the board or state that issued it, its type, its number (required)
 * and its expiry date. The learner marks which licences print on their certificates; a certificate copies them
 * when it is made, so a change here never reaches an issued certificate.
 */
@Entity
@Table(name = "licence")
@NamedQuery(
        name = "Licence.of",
        query = "select l from Licence l where l.accountId = :account order by l.addedAt, l.id")
public class Licence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(length = 120)
    private String board;

    @Column(name = "licence_type", length = 100)
    private String type;

    @Column(name = "licence_number", nullable = false, length = 60)
    private String number;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(nullable = false)
    private boolean prints;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Licence() {}

    Licence(long accountId, LicenceDetails details, Instant addedAt) {
        this.accountId = accountId;
        this.addedAt = Objects.requireNonNull(addedAt, "The time it was added is required.");
        describe(details);
    }

    void describe(LicenceDetails details) {
        this.board = details.board();
        this.type = details.type();
        this.number = Objects.requireNonNull(details.number(), "A licence number is required.");
        this.expiresOn = details.expiresOn();
        this.prints = details.prints();
    }

    public LicenceDetails details() {
        return new LicenceDetails(board, type, number, expiresOn, prints);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }
}
