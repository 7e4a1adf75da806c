package org.attune.certificate;

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
 * A learner's request that an issued certificate of theirs be reissued with their current details (after correcting
 * their name, say). It is only a request: an admin approves it, which reissues the certificate through the usual
 * reissue, or declines it with a reason the learner reads. At most one request per certificate is open at a time
 * ({@code open_certificate} is unique and cleared at the decision).
 */
@Entity
@Table(name = "reissue_request")
@NamedQuery(
        name = "ReissueRequest.open",
        query = "select r from ReissueRequest r where r.state = org.attune.certificate.ReissueRequest.State.OPEN"
                + " order by r.requestedAt, r.id")
@NamedQuery(name = "ReissueRequest.openFor", query = "select r from ReissueRequest r where r.openCertificate = :code")
@NamedQuery(
        name = "ReissueRequest.of",
        query = "select r from ReissueRequest r where r.accountId = :account order by r.requestedAt desc, r.id desc")
public class ReissueRequest {

    /** Where the request stands. */
    public enum State {
        OPEN,
        APPROVED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 19)
    private String certificate;

    @Column(name = "open_certificate", length = 19)
    private String openCertificate;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(length = 1000)
    private String note;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private State state;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decline_reason", length = 1000)
    private String declineReason;

    @Column(name = "reissued_as", length = 19)
    private String reissuedAs;

    protected ReissueRequest() {}

    ReissueRequest(String certificate, long accountId, String note, Instant at) {
        this.certificate = Objects.requireNonNull(certificate, "The certificate is required.");
        this.openCertificate = certificate;
        this.accountId = accountId;
        this.note = note;
        this.requestedAt = Objects.requireNonNull(at);
        this.state = State.OPEN;
    }

    void approve(String newCode, String actor, Instant at) {
        decide(State.APPROVED, actor, at);
        reissuedAs = Objects.requireNonNull(newCode);
    }

    void decline(String reason, String actor, Instant at) {
        decide(State.DECLINED, actor, at);
        declineReason = Objects.requireNonNull(reason);
    }

    private void decide(State decision, String actor, Instant at) {
        if (state != State.OPEN) {
            throw new IllegalStateException(
                    "this request is already " + state.name().toLowerCase());
        }
        state = decision;
        openCertificate = null;
        decidedBy = Objects.requireNonNull(actor);
        decidedAt = Objects.requireNonNull(at);
    }

    public String getCertificate() {
        return certificate;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNote() {
        return note;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public State getState() {
        return state;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getReissuedAs() {
        return reissuedAs;
    }
}
