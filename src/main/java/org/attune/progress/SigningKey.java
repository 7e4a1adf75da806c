package org.attune.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A secret every server on the database signs with, by name: generated once, at the first start, and read by every
 * node, so that what one node signs another accepts. Never shown, logged or exported.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    private String name;

    @Column(nullable = false, length = 100)
    private String secret;

    protected SigningKey() {}

    private SigningKey(String name, byte[] secret) {
        this.name = Objects.requireNonNull(name, "A signing key needs a name.");
        this.secret = Base64.getEncoder().encodeToString(secret);
    }

    /** A new key of 256 random bits. */
    static SigningKey generate(String name) {
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new SigningKey(name, secret);
    }

    byte[] secret() {
        return Base64.getDecoder().decode(secret);
    }
}
