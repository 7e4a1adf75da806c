package org.attune.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One OIDC login in flight: the {@code state} Attune sent (and set as a cookie in the browser), the {@code nonce}
 * the id_token must carry, the platform it was for, and until when it may complete. Used once: {@code usedAt} is
 * set by the launch that completes it, under the row's lock, so a replay finds it used on every node.
 */
@Entity
@Table(name = "lti_login")
class LtiLogin {

    @Id
    @Column(length = 64)
    private String state;

    @Column(nullable = false, length = 64, unique = true)
    private String nonce;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected LtiLogin() {}

    LtiLogin(String state, String nonce, long platformId, Instant expiresAt) {
        this.state = Objects.requireNonNull(state, "A login has a state.");
        this.nonce = Objects.requireNonNull(nonce, "A login has a nonce.");
        this.platformId = platformId;
        this.expiresAt = Objects.requireNonNull(expiresAt, "A login expires.");
    }

    String state() {
        return state;
    }

    String nonce() {
        return nonce;
    }

    long platformId() {
        return platformId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant at) {
        usedAt = at;
    }
}
