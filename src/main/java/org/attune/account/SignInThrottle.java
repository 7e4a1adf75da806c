package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.attune.database.AppLock;
import org.attune.database.DatabaseClock;

/**
 * Slows password guessing. Every sign-in attempt is counted as a failure until its password proves right, and the
 * count is checked in the same step: after {@value #EMAIL_LIMIT} failed sign-ins for one email, or
 * {@value #ADDRESS_LIMIT} from one client address, within {@link #WINDOW}, signing in with that email (from that
 * address) is paused until the oldest of them is {@link #WINDOW} old, whatever the password. Checking and counting
 * hold a database row lock chosen by the email and one chosen by the address, so concurrent guesses are counted one
 * after the other and cannot slip past the limit together; counting in the database makes the limit hold across
 * every server of a cluster. Emails with and without an account are treated alike, so the pause tells nobody which
 * emails have one. A successful sign-in clears that email's count (and so takes its failures out of its address's).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

    static final int EMAIL_LIMIT = 5;
    /** Higher than per email: a clinic's learners may share one address, and one of them may forget a password. */
    static final int ADDRESS_LIMIT = 20;

    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Failures are kept this long, then purged ({@link SignInFailurePurge}). */
    static final Duration KEPT = Duration.ofDays(1);

    /** How many lock rows the keys are spread over (app_lock 'sign-in-0' to 'sign-in-15', migration V10). */
    private static final int STRIPES = 16;

    /** Whether an attempt may go on to have its password checked; if not, until when and why not. */
    public record Attempt(Optional<Instant> pausedUntil, boolean byAddress) {

        static final Attempt ALLOWED = new Attempt(Optional.empty(), false);

        public boolean allowed() {
            return pausedUntil.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * Checks the limits for the email and the client address and, when neither is reached, counts this attempt as
     * a failure, in one step. A refused attempt is not counted.
     */
    public Attempt attempt(String email, String address) {
        var key = normal(email);
        lock(em, key, address);
        var now = Instant.now(clock);
        var byEmail = pause("SignInFailure.byEmail", "email", key, EMAIL_LIMIT, now);
        var byAddress = pause("SignInFailure.byAddress", "address", address, ADDRESS_LIMIT, now);
        if (byEmail.isPresent() || byAddress.isPresent()) {
            boolean longerByAddress = byAddress.isPresent()
                    && (byEmail.isEmpty() || byAddress.get().isAfter(byEmail.get()));
            return new Attempt(longerByAddress ? byAddress : byEmail, longerByAddress);
        }
        em.persist(new SignInFailure(key, address, now));
        return Attempt.ALLOWED;
    }

    /** Clears the email's failures (the attempt that just succeeded included). */
    public void succeeded(String email) {
        em.createNamedQuery("SignInFailure.clear")
                .setParameter("email", normal(email))
                .setParameter("since", Instant.now(clock).minus(KEPT))
                .executeUpdate();
    }

    /** Deletes failures older than {@link #KEPT}, which no limit counts any longer. */
    public int purge() {
        return em.createNamedQuery("SignInFailure.purge")
                .setParameter("before", Instant.now(clock).minus(KEPT))
                .executeUpdate();
    }

    private Optional<Instant> pause(String query, String parameter, String value, int limit, Instant now) {
        List<Instant> recent = em.createNamedQuery(query, Instant.class)
                .setParameter(parameter, value)
                .setParameter("since", now.minus(WINDOW))
                .setMaxResults(limit)
                .getResultList();
        return recent.size() < limit
                ? Optional.empty()
                : Optional.of(recent.get(limit - 1).plus(WINDOW));
    }

    /**
     * Takes the lock rows of the email and the address, always in the same order, so two attempts never deadlock;
     * {@link MailThrottle} counts under the same rows.
     */
    static void lock(EntityManager em, String email, String address) {
        var stripes = new TreeSet<Integer>();
        stripes.add(Math.floorMod(("email " + email).hashCode(), STRIPES));
        stripes.add(Math.floorMod(("address " + address).hashCode(), STRIPES));
        for (int stripe : stripes) {
            em.find(AppLock.class, "sign-in-" + stripe, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    private static String normal(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
