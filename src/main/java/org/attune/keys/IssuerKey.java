package org.attune.keys;

import com.apicatalog.multibase.Multibase;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An issuer's public key as the world sees it: its id ({@code key-1}, {@code key-2}, … in order of creation), the
 * Ed25519 public key, when it was made and, once rotated out, when it was retired (it then signs nothing more, but
 * what it signed stays verifiable).
 */
public record IssuerKey(String keyId, PublicKey publicKey, Instant createdAt, Instant retiredAt) {

    /** The DER prefix of an Ed25519 public key in X.509 form; the 32 raw key bytes follow it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** The multicodec of an Ed25519 public key (0xed, as a varint). */
    private static final byte[] MULTICODEC = {(byte) 0xed, 0x01};

    public IssuerKey {
        Objects.requireNonNull(keyId, "An issuer key needs an id.");
        Objects.requireNonNull(publicKey, "An issuer key needs its public key.");
        Objects.requireNonNull(createdAt, "An issuer key needs its creation time.");
    }

    public boolean active() {
        return retiredAt == null;
    }

    /** The key as a Multikey's {@code publicKeyMultibase}: base58btc of the Ed25519 multicodec and the raw key ("z6Mk…"). */
    public String publicKeyMultibase() {
        return publicKeyMultibase(publicKey);
    }

    public static String publicKeyMultibase(PublicKey key) {
        var x509 = key.getEncoded();
        if (x509.length != X509_PREFIX.length + 32
                || !Arrays.equals(Arrays.copyOf(x509, X509_PREFIX.length), X509_PREFIX)) {
            throw new IllegalArgumentException("Only Ed25519 keys are written as a Multikey here.");
        }
        var bytes = new byte[34];
        System.arraycopy(MULTICODEC, 0, bytes, 0, 2);
        System.arraycopy(x509, X509_PREFIX.length, bytes, 2, 32);
        return Multibase.BASE_58_BTC.encode(bytes);
    }

    /** The Ed25519 public key a {@code publicKeyMultibase} names, or empty if it is not one. */
    public static Optional<PublicKey> fromMultibase(String multibase) {
        try {
            if (multibase == null || !Multibase.BASE_58_BTC.isEncoded(multibase)) {
                return Optional.empty();
            }
            var bytes = Multibase.BASE_58_BTC.decode(multibase);
            if (bytes.length != 34 || bytes[0] != MULTICODEC[0] || bytes[1] != MULTICODEC[1]) {
                return Optional.empty();
            }
            var x509 = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(bytes, 2, x509, X509_PREFIX.length, 32);
            return Optional.of(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509)));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
