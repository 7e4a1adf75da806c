package org.attune.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing as OWASP ASVS 5.0 asks: PBKDF2-HMAC-SHA256, 600,000 iterations, a 32-byte random salt per
 * password, a 32-byte key. The stored form carries its own algorithm, iterations and salt, so a later increase
 * in iterations still verifies older hashes.
 */
@ApplicationScoped
public class Passwords {

    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash hash;

    /** Verified instead of a real hash when the email is unknown, so that both cases take the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("a password nobody has".toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the time a real verification would, for an unknown email; always false. */
    public boolean verifyDecoy(char[] password) {
        hash.verify(password, decoy);
        return false;
    }
}
