package org.attune.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One xAPI statement about one fact, queued for the learning record store: made once, as the fact was recorded, with
 * the UUID it keeps (a resend is byte for byte the same statement, so the LRS recognises it), and never changed
 * after except to note when the LRS accepted it. {@code fact} names the fact reported (e.g. {@code lesson:12:34});
 * one fact has one statement.
 */
@Entity
@Table(name = "xapi_statement")
@NamedQuery(name = "XapiStatement.ofFact", query = "select s.id from XapiStatement s where s.fact = :fact")
@NamedQuery(
        name = "XapiStatement.unsent",
        query = "select s from XapiStatement s where s.sentAt is null order by s.queuedAt, s.id")
@NamedQuery(
        name = "XapiStatement.ofAccount",
        query = "select s from XapiStatement s where s.accountId = :account order by s.queuedAt, s.id")
public class XapiStatement {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String fact;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected XapiStatement() {}

    XapiStatement(String id, String fact, long accountId, String body, Instant queuedAt) {
        this.id = Objects.requireNonNull(id, "An id is required.");
        this.fact = Objects.requireNonNull(fact, "The fact reported is required.");
        this.accountId = accountId;
        this.body = Objects.requireNonNull(body, "A statement is required.");
        this.queuedAt = Objects.requireNonNull(queuedAt, "The time queued is required.");
    }

    void sent(Instant now) {
        if (sentAt == null) {
            sentAt = now;
        }
    }

    public String getId() {
        return id;
    }

    public String getFact() {
        return fact;
    }

    public long getAccountId() {
        return accountId;
    }

    /** The statement as JSON, as it is sent. */
    public String getBody() {
        return body;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isSent() {
        return sentAt != null;
    }
}
