package org.attune.database;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One consequence to run, recorded in the same transaction as the fact it follows: its topic (which consequence),
 * a key unique within the topic (recording the same fact twice enqueues it once), and the payload it runs with.
 * It is done once, and from then on never runs again. Until then it is due from {@code nextAttemptAt}; whoever
 * runs it first claims it until {@code claimedUntil}, so that one server at a time runs it, and a claim left by a
 * server that died lapses. A failure counts an attempt, keeps the error and moves the next attempt on.
 */
@Entity
@Table(name = "outbox")
@NamedQuery(
        name = "OutboxEntry.byKey",
        query = "select e.id from OutboxEntry e where e.topic = :topic and e.dedupeKey = :key")
@NamedQuery(
        name = "OutboxEntry.due",
        query = "select e.id from OutboxEntry e where e.doneAt is null and e.nextAttemptAt <= :now"
                + " and (e.claimedUntil is null or e.claimedUntil < :now) order by e.nextAttemptAt, e.id")
@NamedQuery(
        name = "OutboxEntry.claim",
        query = "update OutboxEntry e set e.claimedBy = :node, e.claimedUntil = :until where e.id = :id"
                + " and e.doneAt is null and (e.claimedUntil is null or e.claimedUntil < :now)")
@NamedQuery(
        name = "OutboxEntry.claimDue",
        query = "update OutboxEntry e set e.claimedBy = :node, e.claimedUntil = :until where e.id = :id"
                + " and e.doneAt is null and (e.claimedUntil is null or e.claimedUntil < :now)"
                + " and e.nextAttemptAt <= :now")
@NamedQuery(name = "OutboxEntry.purge", query = "delete from OutboxEntry e where e.doneAt < :before")
public class OutboxEntry {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String topic;

    @Column(name = "dedupe_key", nullable = false, length = 200)
    private String dedupeKey;

    @Column(nullable = false, length = 2000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected OutboxEntry() {}

    OutboxEntry(String topic, String dedupeKey, Payload payload, Instant now, Duration ownersTurn) {
        this.topic = Objects.requireNonNull(topic, "A topic is required.");
        this.dedupeKey = Objects.requireNonNull(dedupeKey, "A key is required.");
        this.payload = payload.toString();
        this.createdAt = now;
        this.nextAttemptAt = now.plus(ownersTurn);
    }

    void done(Instant now) {
        doneAt = now;
        claimedUntil = null;
    }

    /** Counts a failed attempt and sets when the next is due; the claim is given up. */
    void failed(String error, Instant next) {
        attempts++;
        nextAttemptAt = next;
        claimedBy = null;
        claimedUntil = null;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error;
    }

    public long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public Payload payload() {
        return Payload.parse(payload);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getLastError() {
        return lastError;
    }

    public boolean isDone() {
        return doneAt != null;
    }
}
