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

/** One entry of a certificate's audit trail: who did what to it, when, and why. Never changed or deleted. */
@Entity
@Table(name = "certificate_event")
@NamedQuery(
        name = "CertificateEvent.of",
        query = "select e from CertificateEvent e where e.certificate = :code order by e.occurredAt, e.id")
public class CertificateEvent {

    /** What happened. */
    public enum Action {
        EARNED,
        ISSUED_MANUALLY,
        APPROVED,
        REVOKED,
        REISSUED,
        SUPERSEDED,
        REISSUE_REQUESTED,
        REISSUE_DECLINED
    }

    /** The actor for what the application does by itself (auto-issue on completion). */
    public static final String SYSTEM = "Attune (automatic)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 19)
    private String certificate;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    @Column(length = 1000)
    private String reason;

    protected CertificateEvent() {}

    CertificateEvent(String certificate, Instant occurredAt, String actor, Action action, String reason) {
        this.certificate = Objects.requireNonNull(certificate);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.reason = reason;
    }

    public String getCertificate() {
        return certificate;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }
}
