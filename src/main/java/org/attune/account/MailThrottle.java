package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.database.DatabaseClock;

/**
 * Keeps Attune from being used to flood an inbox or to probe addresses quickly: requests that mail an address
 * someone typed are counted per kind, per email and per client address within {@link #WINDOW}, and beyond the limit
 * are refused until the oldest counted one is an hour old. Addresses with and without an account count alike, so a
 * refusal tells nobody which addresses have one. Checking and counting hold the same row locks as
 * {@link SignInThrottle}, so that concurrent requests are counted one after the other, on every server.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MailThrottle {

    /** What is counted, with its limits per email and per client address. */
    enum Kind {
        RESET(3, 20),
        SIGNUP(3, 10),
        VERIFY(3, 20);

        final int perEmail;
        final int perAddress;

        Kind(int perEmail, int perAddress) {
            this.perEmail = perEmail;
            this.perAddress = perAddress;
        }
    }

    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Counts the request unless a limit is reached; when one is, until when further requests are refused. */
    Optional<Instant> request(Kind kind, String email, String address) {
        SignInThrottle.lock(em, email, address);
        var now = Instant.now(clock);
        var byEmail = pause(kind, "MailRequest.byEmail", "email", email, kind.perEmail, now);
        var byAddress = pause(kind, "MailRequest.byAddress", "address", address, kind.perAddress, now);
        if (byEmail.isPresent() || byAddress.isPresent()) {
            return byEmail.isPresent() && (byAddress.isEmpty() || byEmail.get().isAfter(byAddress.get()))
                    ? byEmail
                    : byAddress;
        }
        em.persist(new MailRequest(kind.name(), email, address, now));
        return Optional.empty();
    }

    /** Deletes requests no limit counts any longer. */
    @Transactional
    public int purge() {
        return em.createNamedQuery("MailRequest.purge")
                .setParameter("before", Instant.now(clock).minus(WINDOW))
                .executeUpdate();
    }

    private Optional<Instant> pause(Kind kind, String query, String parameter, String value, int limit, Instant now) {
        List<Instant> recent = em.createNamedQuery(query, Instant.class)
                .setParameter("kind", kind.name())
                .setParameter(parameter, value)
                .setParameter("since", now.minus(WINDOW))
                .setMaxResults(limit)
                .getResultList();
        return recent.size() < limit
                ? Optional.empty()
                : Optional.of(recent.get(limit - 1).plus(WINDOW));
    }
}
