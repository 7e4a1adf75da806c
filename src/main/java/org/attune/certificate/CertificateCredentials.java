package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.account.Account;
import org.attune.account.AccountService;
import org.attune.credential.DataIntegrity;
import org.attune.database.AppLock;
import org.attune.database.DatabaseClock;
import org.attune.keys.Issuer;
import org.attune.keys.IssuerKeys;

/**
 * Every issued certificate's Open Badges 3.0 verifiable credential, and the status lists that revoke them.
 *
 * <p>A credential is made the first time anyone asks for it (its PDF, its JSON download), from the certificate's
 * frozen snapshot, so certificates issued before credentials existed get theirs the same way, with the same
 * {@code validFrom}: the day they were issued. It is signed with the issuer key active at that moment
 * ({@code eddsa-rdfc-2022}) and stored; from then on the stored document is served, whatever keys come later.
 *
 * <p>Each credential takes a random free entry of a {@link BitstringStatusList} (random, so an entry's position
 * says nothing about when or to whom it was issued). Its bit is set while its certificate is revoked or
 * superseded: the list served is computed from the certificates' status, signed, and kept per server until that
 * status changes.
 */
@ApplicationScoped
public class CertificateCredentials {

    /** A list is closed to new entries once three quarters are taken, so a free entry is found in a few tries. */
    private static final int LIST_FILL = BitstringStatusList.SIZE / 4 * 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuerKeys keys;

    @Inject
    AccountService accounts;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** The signed status lists served, each with the state of the certificates it was made from. */
    private final Map<String, Signed> lists = new ConcurrentHashMap<>();

    private record Signed(Object[] state, String json) {}

    /**
     * The certificate's signed credential as JSON, made now if it has none yet; empty for a certificate that was
     * never issued (pending, or revoked while pending).
     */
    @Transactional
    public Optional<String> of(Certificate certificate) {
        if (certificate.getIssuedAt() == null) {
            return Optional.empty();
        }
        var kept = em.find(CertificateCredential.class, certificate.id());
        if (kept != null) {
            return Optional.of(kept.json());
        }
        // One server at a time chooses entries, so two credentials never take the same bit, and a second request
        // for the same certificate finds the credential the first one made.
        em.find(AppLock.class, "status-list", LockModeType.PESSIMISTIC_WRITE);
        kept = em.find(CertificateCredential.class, certificate.id());
        if (kept != null) {
            return Optional.of(kept.json());
        }
        int list = list();
        int index = freeIndex(list);
        var snapshot = certificate.snapshot();
        var base = OpenBadge.base(snapshot.verifyUrl(), certificate.getCode());
        var did = Issuer.did(base);
        var salt = HexFormat.of().formatHex(salt());
        var unsigned = OpenBadge.of(
                snapshot,
                certificate.getCode(),
                certificate.getIssuedAt(),
                accounts.find(certificate.getAccountId()).map(Account::getEmail).orElse(null),
                salt,
                did,
                new OpenBadge.StatusEntry(statusListUrl(base, list), index));
        var now = Instant.now(clock);
        var signer = keys.signer();
        var signed = DataIntegrity.sign(unsigned, did + "#" + signer.keyId(), now, signer::sign)
                .toString();
        em.persist(new CertificateCredential(certificate.id(), list, index, signed, now));
        return Optional.of(signed);
    }

    /**
     * Status list {@code list} as a signed {@code BitstringStatusListCredential} for the site at {@code base};
     * empty when no credential has an entry in it.
     */
    @Transactional
    public Optional<String> statusList(int list, String base) {
        var state = em.createNamedQuery("CertificateCredential.listChanged", Object[].class)
                .setParameter("list", list)
                .getSingleResult();
        if (((Number) state[2]).longValue() == 0) {
            return Optional.empty();
        }
        var key = list + " " + base;
        var signer = keys.signer();
        var fingerprint = new Object[] {state[0], state[1], state[2], signer.keyId()};
        var known = lists.get(key);
        if (known != null && Arrays.equals(known.state(), fingerprint)) {
            return Optional.of(known.json());
        }
        var since = state[0] != null ? (Instant) state[0] : (Instant) state[1];
        var revoked = em.createNamedQuery("CertificateCredential.revokedIn", Integer.class)
                .setParameter("list", list)
                .getResultList();
        var did = Issuer.did(base);
        var unsigned = BitstringStatusList.credential(statusListUrl(base, list), did, since, revoked);
        var json = DataIntegrity.sign(unsigned, did + "#" + signer.keyId(), since, signer::sign)
                .toString();
        lists.put(key, new Signed(fingerprint, json));
        return Optional.of(json);
    }

    /** Where status list {@code list} is served for the site at {@code base}. */
    static String statusListUrl(String base, int list) {
        return base.replaceAll("/+$", "") + "/api/credentials/status/" + list;
    }

    /** Parses a stored credential (the tests read its fields). */
    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private int list() {
        int last = em.createNamedQuery("CertificateCredential.lastList", Integer.class)
                .getSingleResult();
        long used = em.createNamedQuery("CertificateCredential.countIn", Long.class)
                .setParameter("list", last)
                .getSingleResult();
        return used >= LIST_FILL ? last + 1 : last;
    }

    private int freeIndex(int list) {
        while (true) {
            int index = random.nextInt(BitstringStatusList.SIZE);
            long taken = em.createNamedQuery("CertificateCredential.taken", Long.class)
                    .setParameter("list", list)
                    .setParameter("index", index)
                    .getSingleResult();
            if (taken == 0) {
                return index;
            }
        }
    }

    private byte[] salt() {
        var salt = new byte[16];
        random.nextBytes(salt);
        return salt;
    }
}
