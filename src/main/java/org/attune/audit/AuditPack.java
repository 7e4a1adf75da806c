package org.attune.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An admin's request for the audit pack of one course over a date range (both days included), and the job that
 * builds it: queued, then building on the server that claimed it (its claim renewed as it goes, so a claim that
 * lapses means that server died and another may build the pack afresh), then ready with its zip stored in parts
 * ({@link AuditPackPart}) until it expires, or failed with the reason. Progress is {@code done} of {@code total}
 * records written. A pack is built at most {@link #MOST_BUILDS} times; the row is never deleted, so it stays the
 * record of who asked for which pack when.
 */
@Entity
@Table(name = "audit_pack")
@NamedQuery(
        name = "AuditPack.same",
        query = "select p from AuditPack p where p.courseSlug = :course and p.from = :from and p.to = :to"
                + " and p.state in (org.attune.audit.AuditPack.State.QUEUED,"
                + " org.attune.audit.AuditPack.State.BUILDING, org.attune.audit.AuditPack.State.READY)"
                + " order by p.id desc")
@NamedQuery(name = "AuditPack.recent", query = "select p from AuditPack p order by p.id desc")
@NamedQuery(
        name = "AuditPack.claim",
        query = "update AuditPack p set p.state = org.attune.audit.AuditPack.State.BUILDING, p.claimedBy = :node,"
                + " p.claimUntil = :until, p.builds = p.builds + 1, p.done = 0, p.step = 'Starting',"
                + " p.version = p.version + 1 where p.id = :id and p.builds < :most and"
                + " (p.state = org.attune.audit.AuditPack.State.QUEUED"
                + " or (p.state = org.attune.audit.AuditPack.State.BUILDING and p.claimUntil < :now))")
@NamedQuery(
        name = "AuditPack.waiting",
        query = "select p.id from AuditPack p where p.state = org.attune.audit.AuditPack.State.QUEUED"
                + " or (p.state = org.attune.audit.AuditPack.State.BUILDING and p.claimUntil < :now) order by p.id")
@NamedQuery(
        name = "AuditPack.expired",
        query = "select p.id from AuditPack p where p.state = org.attune.audit.AuditPack.State.READY"
                + " and p.expiresAt < :now")
public class AuditPack {

    /** Where a pack is. */
    public enum State {
        QUEUED,
        BUILDING,
        READY,
        FAILED,
        /** Was ready; its zip is gone, as kept packs go after their time. */
        EXPIRED
    }

    /** A pack whose server died this many times while building it is given up as failed. */
    static final int MOST_BUILDS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_slug", nullable = false, length = 80)
    private String courseSlug;

    @Column(name = "range_from", nullable = false)
    private LocalDate from;

    @Column(name = "range_to", nullable = false)
    private LocalDate to;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(nullable = false, length = 200)
    private String step;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int total;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claim_until")
    private Instant claimUntil;

    @Column(nullable = false)
    private int builds;

    @Column(length = 2000)
    private String error;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Version
    private long version;

    protected AuditPack() {}

    AuditPack(AuditRange range, String requestedBy, Instant at) {
        Objects.requireNonNull(range, "A pack is of a course over a range.");
        this.courseSlug = range.courseSlug();
        this.from = range.from();
        this.to = range.to();
        this.requestedBy = Objects.requireNonNull(requestedBy, "A pack names who asked for it.");
        this.requestedAt = at;
        this.state = State.QUEUED;
        this.step = "Waiting for a server";
    }

    /**
     * How long a ready pack answers a new request for the same course and range: long enough that a second click or
     * a second admin gets the same pack, short enough that a later request sees what changed since (a revocation).
     */
    static final Duration REUSED_FOR = Duration.ofHours(1);

    /** Whether the pack (queued, building or ready, see the named query 'same') answers a request made then. */
    boolean answers(Instant asked) {
        return state != State.READY || finishedAt.plus(REUSED_FOR).isAfter(asked);
    }

    void progress(String step, int done, int total, Instant claimUntil) {
        this.step = step;
        this.done = done;
        this.total = total;
        this.claimUntil = claimUntil;
    }

    void ready(Instant at, long size, String sha256, Instant expiresAt) {
        this.state = State.READY;
        this.step = "Ready";
        this.done = total;
        this.finishedAt = at;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.expiresAt = expiresAt;
        this.claimedBy = null;
        this.claimUntil = null;
    }

    void failed(Instant at, String error) {
        this.state = State.FAILED;
        this.step = "Failed";
        this.finishedAt = at;
        this.error = error.length() > 2000 ? error.substring(0, 2000) : error;
        this.claimedBy = null;
        this.claimUntil = null;
    }

    void expired() {
        this.state = State.EXPIRED;
        this.step = "Expired";
    }

    public AuditRange range() {
        return new AuditRange(courseSlug, from, to);
    }

    public Long getId() {
        return id;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public State getState() {
        return state;
    }

    public String getStep() {
        return step;
    }

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public int getBuilds() {
        return builds;
    }

    public String getError() {
        return error;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
