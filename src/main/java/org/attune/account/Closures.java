package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.attune.database.DatabaseClock;
import org.attune.mail.Mail;
import org.attune.web.SecurityLog;

/**
 * Closing accounts, as the account package sees it: the owner confirms with their password (a wrong one counts as a
 * failed sign-in, as on My account); the account then cannot sign in, its sessions end at their next request, its
 * email is replaced by one nobody can receive (so the address can sign up afresh), its password by a random one
 * nobody knows, its profession is cleared, and its name and licences stay for the certificate records until
 * {@link #erase} at the end of the retention period. What other features keep of the person is theirs to erase
 * (the learner package's closing does it all in one transaction).
 */
@ApplicationScoped
@Transactional
public class Closures {

    @Inject
    Event<AccountClosed> closed;

    /** The domain of a closed account's email: reserved (RFC 2606), so no message can ever reach it. */
    static final String CLOSED_DOMAIN = "closed.invalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountLetters letters;

    @Inject
    SecondFactors secondFactors;

    @Inject
    Mail mail;

    private final SecureRandom random = new SecureRandom();

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Checks the owner's password before a closure; the array is cleared. Refused when it does not match. */
    public void confirm(long accountId, char[] password, String address) throws AccountRefusal {
        try {
            var account = em.find(Account.class, accountId);
            if (account == null || !account.isActive()) {
                throw new AccountRefusal("account.refusal.noAccount");
            }
            if (!throttle.attempt(account.getEmail(), address).allowed()) {
                throw new AccountRefusal(MyAccount.TOO_MANY_PASSWORDS);
            }
            if (!passwords.verify(password, account.getPasswordHash())) {
                SecurityLog.event("account.close-refused")
                        .with("account", accountId)
                        .with("ip", address)
                        .with("reason", "wrong-password")
                        .warning();
                throw new AccountRefusal(MyAccount.WRONG_PASSWORD);
            }
            throttle.succeeded(account.getEmail());
            if (account.getRoles().contains(Role.admin) && activeAdmins() <= 1) {
                throw new AccountRefusal("account.refusal.onlyAdminClosing");
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private long activeAdmins() {
        return em.createQuery(
                        "select count(a) from Account a join a.roles r where r = :admin and a.active = true",
                        Long.class)
                .setParameter("admin", Role.admin)
                .getSingleResult();
    }

    /**
     * Closes the account (see the class comment), and tells its owner at the address it had what is kept and for
     * how many years: {@code learningKept} when the caller keeps the person's learning records with their
     * certificates; in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(long accountId, int yearsKept, boolean learningKept) {
        var account = em.find(Account.class, accountId);
        mail.send(letters.closed(account, yearsKept, learningKept));
        var secret = new byte[32];
        random.nextBytes(secret);
        var unusable = Base64.getEncoder().encodeToString(secret).toCharArray();
        account.close("closed-" + accountId + "@" + CLOSED_DOMAIN, passwords.hash(unusable), Instant.now(clock));
        secondFactors.forget(accountId);
        // Reset and confirmation links name the old address and could reopen the account: they go with it.
        em.createQuery("delete from AccountLink l where l.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        Arrays.fill(unusable, '\0');
        closed.fire(new AccountClosed(accountId));
        SecurityLog.event("account.closed").with("account", accountId).info();
    }

    /** When the account was closed, if it is. */
    public Optional<Instant> closedAt(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).map(Account::getClosedAt);
    }

    /** The accounts closed before the instant, whose retention period is over. */
    public List<Long> closedBefore(Instant cutoff) {
        return em.createQuery(
                        "select a.id from Account a where a.closedAt is not null and a.closedAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    /** Deletes what the account package still holds of a closed account: its licences and the account itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long accountId) {
        var account = em.find(Account.class, accountId);
        if (account == null || account.getClosedAt() == null) {
            throw new IllegalStateException("Only a closed account is erased");
        }
        em.createQuery("delete from Licence l where l.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        em.remove(account);
        SecurityLog.event("account.erased").with("account", accountId).info();
    }
}
