package org.attune.transcript;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Continuing education a clinician took elsewhere and recorded: title, provider, the approving body (an id such as
 * {@code apa} or {@code camft}, or none), the day it was completed, its hours and subject category, and whether it was
 * home study. It belongs to its clinician alone: only they see, change or delete it. Its details are always ones
 * {@link CeEntryDetails#problem()} accepts.
 */
@Entity
@Table(name = "ce_entry")
@NamedQuery(
        name = "CeEntry.of",
        query = "select e from CeEntry e where e.accountId = :account order by e.completedOn, e.id")
public class CeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(name = "approved_by", length = 40)
    private String approvedBy;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(nullable = false, length = 40)
    private String category;

    @Column(name = "home_study", nullable = false)
    private boolean homeStudy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Version
    private int version;

    protected CeEntry() {}

    CeEntry(long accountId, CeEntryDetails details, Instant addedAt) {
        this.accountId = accountId;
        this.addedAt = Objects.requireNonNull(addedAt, "The time it was added is required.");
        describe(details);
    }

    void describe(CeEntryDetails details) {
        this.title = details.title();
        this.provider = details.provider();
        this.approvedBy = details.approvedBy();
        this.completedOn = details.completedOn();
        this.hours = details.hours();
        this.category = details.category();
        this.homeStudy = details.homeStudy();
    }

    public CeEntryDetails details() {
        return new CeEntryDetails(title, provider, approvedBy, completedOn, hours, category, homeStudy);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }
}
