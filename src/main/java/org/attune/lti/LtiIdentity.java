package org.attune.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Which Attune account a platform's user is: the platform's {@code iss} and the user's {@code sub} (unique
 * together: one account per LMS user), made only when the person created an account at their first launch or
 * signed in to an existing one to link it, never by matching an email.
 */
@Entity
@Table(name = "lti_identity")
@NamedQuery(
        name = "LtiIdentity.of",
        query = "select i from LtiIdentity i where i.issuer = :issuer and i.subject = :subject")
class LtiIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(nullable = false, length = 400)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected LtiIdentity() {}

    LtiIdentity(long platformId, String issuer, String subject, long accountId, Instant linkedAt) {
        this.platformId = platformId;
        this.issuer = Objects.requireNonNull(issuer, "An identity has an issuer.");
        this.subject = Objects.requireNonNull(subject, "An identity has a subject.");
        this.accountId = accountId;
        this.linkedAt = Objects.requireNonNull(linkedAt, "An identity has a time it was linked.");
    }

    long accountId() {
        return accountId;
    }
}
