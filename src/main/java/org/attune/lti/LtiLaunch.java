package org.attune.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.Instant;
import java.util.Objects;

/**
 * One validated launch: which platform sent it, the message type ({@code LtiResourceLinkRequest} or {@code
 * LtiDeepLinkingRequest}), the user's {@code sub}, every claim of the id_token as JSON (the grade service's endpoint
 * claim and deep linking's settings are read from here), and the Attune account it signed in, once there is one (a
 * first launch waits for the person to create or link an account).
 */
@Entity
@Table(name = "lti_launch")
public class LtiLaunch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "message_type", nullable = false, length = 60)
    private String messageType;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(nullable = false, length = 30000)
    private String claims;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LtiLaunch() {}

    LtiLaunch(long platformId, String messageType, String subject, JWTClaimsSet claims, Instant createdAt) {
        this.platformId = platformId;
        this.messageType = Objects.requireNonNull(messageType, "A launch has a message type.");
        this.subject = Objects.requireNonNull(subject, "A launch has a subject.");
        this.claims = Objects.requireNonNull(claims, "A launch has claims.").toString();
        this.createdAt = Objects.requireNonNull(createdAt, "A launch has a time.");
    }

    void signedIn(long accountId) {
        this.accountId = accountId;
    }

    public long id() {
        return id;
    }

    public long platformId() {
        return platformId;
    }

    /** The account the launch signed in, or null while a first launch waits for the person's choice. */
    public Long accountId() {
        return accountId;
    }

    public String messageType() {
        return messageType;
    }

    public String subject() {
        return subject;
    }

    /** The id_token's claims as they were validated. */
    public JWTClaimsSet claims() {
        try {
            return JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new IllegalStateException("The claims of launch " + id + " do not read", e);
        }
    }

    public Instant createdAt() {
        return createdAt;
    }
}
