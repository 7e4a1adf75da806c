package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.attune.migration.DatabaseClock;

/**
 * Slows password guessing: after {@value #LIMIT} failed sign-ins for one email within {@link #WINDOW}, signing in
 * with that email is paused until the oldest of them is {@link #WINDOW} old, whatever the password. It counts in
 * the database, so the limit holds across every server of a cluster, and it treats emails with and without an
 * account alike, so it tells nobody which emails have one. A successful sign-in clears the count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** When signing in with the email is possible again, if it is paused now. */
    public Optional<Instant> pausedUntil(String email) {
        var now = Instant.now(clock);
        var recent = em.createNamedQuery("SignInFailure.since", Instant.class)
                .setParameter("email", normal(email))
                .setParameter("since", now.minus(WINDOW))
                .setMaxResults(LIMIT)
                .getResultList();
        return recent.size() < LIMIT
                ? Optional.empty()
                : Optional.of(recent.get(LIMIT - 1).plus(WINDOW));
    }

    public void failed(String email) {
        var now = Instant.now(clock);
        em.persist(new SignInFailure(normal(email), now));
        em.createNamedQuery("SignInFailure.purge")
                .setParameter("before", now.minus(Duration.ofDays(1)))
                .executeUpdate();
    }

    public void succeeded(String email) {
        em.createNamedQuery("SignInFailure.clear")
                .setParameter("email", normal(email))
                .executeUpdate();
    }

    private static String normal(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
