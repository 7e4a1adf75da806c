package org.attune.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The signed Open Badges credential of one certificate, as it was made: written once, never updated (no setter
 * reaches a column), so a credential a learner downloaded today is the one they download in ten years. Its entry
 * in a status list (list number and index) is unique, so no two credentials share a revocation bit.
 */
@Entity
@Table(name = "certificate_credential")
@NamedQuery(
        name = "CertificateCredential.revokedIn",
        query = "select c.statusIndex from CertificateCredential c, Certificate k where k.id = c.certificateId"
                + " and c.statusList = :list and k.status in (org.attune.certificate.CertificateStatus.REVOKED,"
                + " org.attune.certificate.CertificateStatus.SUPERSEDED)")
@NamedQuery(
        name = "CertificateCredential.listChanged",
        query = "select max(k.revokedAt), min(c.createdAt), count(c) from CertificateCredential c, Certificate k"
                + " where k.id = c.certificateId and c.statusList = :list")
@NamedQuery(
        name = "CertificateCredential.lastList",
        query = "select coalesce(max(c.statusList), 1) from CertificateCredential c")
@NamedQuery(
        name = "CertificateCredential.countIn",
        query = "select count(c) from CertificateCredential c where c.statusList = :list")
@NamedQuery(
        name = "CertificateCredential.taken",
        query = "select count(c) from CertificateCredential c where c.statusList = :list and c.statusIndex = :index")
public class CertificateCredential {

    @Id
    @Column(name = "certificate_id", updatable = false)
    private long certificateId;

    @Column(name = "status_list", nullable = false, updatable = false)
    private int statusList;

    @Column(name = "status_index", nullable = false, updatable = false)
    private int statusIndex;

    @Column(nullable = false, updatable = false, length = 100_000)
    private String credential;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CertificateCredential() {}

    CertificateCredential(long certificateId, int statusList, int statusIndex, String credential, Instant createdAt) {
        this.certificateId = certificateId;
        this.statusList = statusList;
        this.statusIndex = statusIndex;
        this.credential = Objects.requireNonNull(credential, "A credential needs its document.");
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The signed credential, as JSON. */
    String json() {
        return credential;
    }
}
