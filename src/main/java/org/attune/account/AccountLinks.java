package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.attune.database.DatabaseClock;

/**
 * Makes and checks the links Attune mails ({@link AccountLink}): a token of 256 random bits, given to the caller
 * once to put in the message and stored only as its SHA-256. Making a link voids the account's earlier links of the
 * same purpose.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountLinks {

    private static final int TOKEN_BYTES = 32;

    @PersistenceContext
    EntityManager em;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** A new link for the account and purpose, to the given address, valid for the given time: its token. */
    String issue(long accountId, AccountLink.Purpose purpose, String email, Duration valid) {
        var now = Instant.now(clock);
        em.createNamedQuery("AccountLink.void")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .executeUpdate();
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountLink(accountId, purpose, hash(token), email, now, now.plus(valid)));
        return token;
    }

    /** Voids every link of the account that still works: its password changed, so no older request stands. */
    void voidAll(long accountId) {
        var now = Instant.now(clock);
        for (var purpose : AccountLink.Purpose.values()) {
            em.createNamedQuery("AccountLink.void")
                    .setParameter("now", now)
                    .setParameter("account", accountId)
                    .setParameter("purpose", purpose)
                    .executeUpdate();
        }
    }

    /** The link the token belongs to, locked, if it is of the purpose and works now; else empty. */
    Optional<AccountLink> working(String token, AccountLink.Purpose purpose) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        return em.createNamedQuery("AccountLink.byHash", AccountLink.class)
                .setParameter("hash", hash(token.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(link -> link.getPurpose() == purpose && link.worksAt(now));
    }

    /** Whether the token is a working link of the purpose, without using it (to show the form it opens). */
    @Transactional
    public boolean works(String token, AccountLink.Purpose purpose) {
        return working(token, purpose).isPresent();
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
