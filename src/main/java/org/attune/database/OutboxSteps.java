package org.attune.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The steps of running one outbox row, each in a transaction of its own: claim it, follow it (the consequence and
 * the row marked done together), or count a failed attempt after the follow-up rolled back.
 */
@ApplicationScoped
public class OutboxSteps {

    /** Longer than any transaction may last (60 s, see wildfly-config/40-limits.cli), so a live claim never lapses. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    /** However often a consequence failed, it is tried again at least this often. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<Consequence> consequences;

    @Inject
    Settings settings;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * Claims the row for this server unless it is done or someone else's claim holds; a sweep ({@code dueOnly})
     * claims only a row that is due. Two servers claiming at once: the row's lock lets one through, and the other
     * then finds it claimed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String node, boolean dueOnly) {
        var now = Instant.now(clock);
        return em.createNamedQuery(dueOnly ? "OutboxEntry.claimDue" : "OutboxEntry.claim")
                        .setParameter("id", id)
                        .setParameter("node", node)
                        .setParameter("until", now.plus(CLAIM))
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** Runs the row's consequence and marks it done, unless it is done already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void follow(long id) {
        var entry = em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.isDone()) {
            return;
        }
        consequenceOf(entry.getTopic()).follow(entry.payload());
        entry.done(Instant.now(clock));
    }

    /** Counts a failed attempt with its error, and sets the next one after a wait that doubles with each failure. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OutboxEntry failed(long id, String error) {
        var entry = em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        entry.failed(error, Instant.now(clock).plus(wait(settings.outboxRetrySeconds(), entry.getAttempts() + 1)));
        return entry;
    }

    /** The wait before the attempt after the given number of failures: the first wait, doubled each time. */
    static Duration wait(int firstSeconds, int failures) {
        var wait = Duration.ofSeconds(firstSeconds);
        for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
    }

    private Consequence consequenceOf(String topic) {
        var following =
                consequences.stream().filter(c -> c.topics().contains(topic)).toList();
        if (following.size() != 1) {
            throw new IllegalStateException(
                    following.size() + " consequences follow the topic '" + topic + "'; exactly one must");
        }
        return following.get(0);
    }
}
