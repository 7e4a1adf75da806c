package org.attune.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.attune.database.KeyEncryption;
import org.attune.database.Startup;

/**
 * The issuer's signing keys, one active at a time per purpose for the whole cluster: Ed25519 keys for credentials
 * ({@link #CREDENTIALS}) and RSA keys for LTI's JWTs ({@link #LTI}). The first key is made at the
 * first start under the start-up lock, so two nodes starting together make one of each. {@link #rotate()} retires the
 * active key and makes the next one in one transaction under the row lock of {@code app_lock} 'issuer-key'; every
 * node reads which key is active from the database at each {@link #signer()}, so a rotation on one node is followed
 * by the other at its next signature. Private keys are unsealed once per node and kept in memory only.
 */
@ApplicationScoped
public class IssuerKeys {

    /** The purpose of the keys that sign verifiable credentials. */
    public static final String CREDENTIALS = "credentials";

    /** The purpose of the RSA keys that sign Attune's JWTs as an LTI 1.3 tool (RS256), published at /lti/jwks. */
    public static final String LTI = "lti";

    private static final int RSA_BITS = 2048;

    @PersistenceContext
    EntityManager em;

    @Inject
    Startup startup;

    @Inject
    KeyEncryption encryption;

    private final ConcurrentMap<String, PrivateKey> unsealed = new ConcurrentHashMap<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        startup.exclusively(() -> {
            for (var purpose : List.of(CREDENTIALS, LTI)) {
                if (active(purpose).isEmpty()) {
                    em.persist(generate(purpose, 1));
                }
            }
        });
    }

    /** Signs with the credential key active now (read from the database, so a rotation on another node counts at once). */
    @Transactional
    public Signer signer() {
        return signer(CREDENTIALS);
    }

    /** Signs with the key of this purpose active now. */
    @Transactional
    public Signer signer(String purpose) {
        var row = active(purpose).orElseThrow(() -> new IllegalStateException("No " + purpose + " key is active."));
        var keyId = row.keyId();
        var key = unsealed.computeIfAbsent(keyId, id -> unseal(row));
        var algorithm = IssuerKeyRow.RSA.equals(row.algorithm()) ? "SHA256withRSA" : IssuerKeyRow.ALGORITHM;
        return new Signer() {
            @Override
            public String keyId() {
                return keyId;
            }

            @Override
            public byte[] sign(byte[] data) {
                try {
                    var signature = Signature.getInstance(algorithm);
                    signature.initSign(key);
                    signature.update(data);
                    return signature.sign();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Issuer key " + keyId + " could not sign", e);
                }
            }
        };
    }

    /** Every credential key ever made, active and retired, oldest first: the controller document lists them all. */
    @Transactional
    public List<IssuerKey> all() {
        return all(CREDENTIALS);
    }

    /** Every key of this purpose ever made, active and retired, oldest first. */
    @Transactional
    public List<IssuerKey> all(String purpose) {
        return em.createNamedQuery("IssuerKeyRow.all", IssuerKeyRow.class)
                .setParameter("purpose", purpose)
                .getResultStream()
                .map(IssuerKeyRow::toKey)
                .toList();
    }

    @Transactional
    public Optional<IssuerKey> find(String keyId) {
        return all().stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /**
     * Retires the active key (it keeps its public key, so what it signed still verifies) and makes the next one,
     * which signs from now on. Two rotations at once, on any nodes, take turns: each retires the key the other made.
     */
    @Transactional
    public IssuerKey rotate() {
        em.createNativeQuery("select name from app_lock where name = 'issuer-key' for update")
                .getResultList();
        var now = Instant.now();
        active(CREDENTIALS).ifPresent(k -> k.retire(now));
        long made = em.createQuery("select count(k) from IssuerKeyRow k where k.purpose = :purpose", Long.class)
                .setParameter("purpose", CREDENTIALS)
                .getSingleResult();
        var next = generate(CREDENTIALS, made + 1);
        em.persist(next);
        return next.toKey();
    }

    private Optional<IssuerKeyRow> active(String purpose) {
        return em.createNamedQuery("IssuerKeyRow.active", IssuerKeyRow.class)
                .setParameter("purpose", purpose)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private IssuerKeyRow generate(String purpose, long number) {
        var algorithm = LTI.equals(purpose) ? IssuerKeyRow.RSA : IssuerKeyRow.ALGORITHM;
        try {
            var generator = KeyPairGenerator.getInstance(algorithm);
            if (IssuerKeyRow.RSA.equals(algorithm)) {
                generator.initialize(RSA_BITS);
            }
            var pair = generator.generateKeyPair();
            var keyId = (LTI.equals(purpose) ? "lti-key-" : "key-") + number;
            var sealed = encryption.seal(pair.getPrivate().getEncoded(), IssuerKeyRow.sealPurpose(keyId));
            return new IssuerKeyRow(
                    keyId,
                    purpose,
                    algorithm,
                    pair.getPublic().getEncoded(),
                    sealed,
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK could not make an " + algorithm + " key", e);
        }
    }

    private PrivateKey unseal(IssuerKeyRow row) {
        try {
            var pkcs8 = encryption.open(row.privateKeySealed(), IssuerKeyRow.sealPurpose(row.keyId()));
            return KeyFactory.getInstance(row.algorithm()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The private key of issuer key " + row.keyId() + " does not read", e);
        }
    }
}
