package org.attune.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * One issuer key as stored: its public key (X.509, Base64) in the clear, its private key (PKCS #8) sealed under the
 * key-encryption key for the purpose {@code "issuer-key " + keyId}. At most one key of a purpose is active (no
 * retirement date); a retired key is kept for ever, so what it signed stays verifiable. Credential keys are Ed25519,
 * LTI keys RSA (2048 bits).
 */
@Entity
@Table(name = "issuer_key")
@NamedQuery(name = "IssuerKeyRow.all", query = "select k from IssuerKeyRow k where k.purpose = :purpose order by k.id")
@NamedQuery(
        name = "IssuerKeyRow.active",
        query = "select k from IssuerKeyRow k where k.purpose = :purpose and k.retiredAt is null order by k.id desc")
class IssuerKeyRow {

    static final String ALGORITHM = "Ed25519";

    /** The algorithm of LTI's keys: RS256 is the one JWT algorithm every LTI 1.3 platform must accept. */
    static final String RSA = "RSA";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_id", nullable = false, unique = true, length = 40)
    private String keyId;

    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(nullable = false, length = 20)
    private String algorithm;

    @Column(name = "public_key", nullable = false, length = 1000)
    private String publicKey;

    @Column(name = "private_key_sealed", nullable = false, length = 4000)
    private String privateKeySealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected IssuerKeyRow() {}

    IssuerKeyRow(
            String keyId,
            String purpose,
            String algorithm,
            byte[] publicKey,
            String privateKeySealed,
            Instant createdAt) {
        this.keyId = Objects.requireNonNull(keyId, "An issuer key needs an id.");
        this.purpose = Objects.requireNonNull(purpose, "An issuer key needs a purpose.");
        this.algorithm = Objects.requireNonNull(algorithm, "An issuer key needs its algorithm.");
        this.publicKey = Base64.getEncoder().encodeToString(publicKey);
        this.privateKeySealed = Objects.requireNonNull(privateKeySealed, "An issuer key needs its private key.");
        this.createdAt = Objects.requireNonNull(createdAt, "An issuer key needs its creation time.");
    }

    static String sealPurpose(String keyId) {
        return "issuer-key " + keyId;
    }

    String keyId() {
        return keyId;
    }

    String algorithm() {
        return algorithm;
    }

    String privateKeySealed() {
        return privateKeySealed;
    }

    Instant retiredAt() {
        return retiredAt;
    }

    void retire(Instant at) {
        retiredAt = at;
    }

    IssuerKey toKey() {
        try {
            var key = KeyFactory.getInstance(algorithm)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            return new IssuerKey(keyId, key, createdAt, retiredAt);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The public key of issuer key " + keyId + " does not read", e);
        }
    }
}
