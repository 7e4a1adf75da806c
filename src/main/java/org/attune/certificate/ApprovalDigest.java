package org.attune.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One digest of the certificates waiting for approval, as sent to admins: the hour it went out in (at most one per
 * hour, whichever server sent it), when, how many were waiting, and the newest of them, so that the next digest
 * goes out only when a certificate newer than that waits.
 */
@Entity
@Table(name = "approval_digest")
@NamedQuery(
        name = "ApprovalDigest.before",
        query = "select d from ApprovalDigest d where d.hourStart < :hour order by d.hourStart desc")
public class ApprovalDigest {

    @Id
    @Column(name = "hour_start")
    private Instant hourStart;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "newest_request", nullable = false)
    private Instant newestRequest;

    @Column(nullable = false)
    private int waiting;

    protected ApprovalDigest() {}

    ApprovalDigest(Instant hourStart, Instant sentAt, Instant newestRequest, int waiting) {
        this.hourStart = Objects.requireNonNull(hourStart, "The hour is required.");
        this.sentAt = Objects.requireNonNull(sentAt, "The time it was sent is required.");
        this.newestRequest = Objects.requireNonNull(newestRequest, "The newest certificate listed is required.");
        this.waiting = waiting;
    }

    Instant getNewestRequest() {
        return newestRequest;
    }
}
