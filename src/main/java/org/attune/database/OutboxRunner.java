package org.attune.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs outbox rows: a request's own rows right after its transaction commits, and in a sweep the rows that are due
 * and nobody ran. A failure is counted on the row and logged once: with its stack trace the first time, in one line
 * on each retry.
 */
@ApplicationScoped
public class OutboxRunner {

    private static final Logger LOG = Logger.getLogger(OutboxRunner.class.getName());

    /** Rows one sweep runs at most; the next sweep takes the rest. */
    static final int SWEEP_BATCH = 100;

    /** How long a done row stays for an operator to look at. */
    static final Duration KEEP_DONE = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxSteps steps;

    private final String node = System.getProperty("jboss.node.name", "attune");

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** The request that recorded the row runs it as soon as the fact is committed. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Recorded recorded) {
        try {
            run(recorded.id(), false);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Outbox row " + recorded.id() + " was left for the sweep: " + describe(e));
        }
    }

    /**
     * Runs the row unless someone else is running it or it is done; a sweep ({@code dueOnly}) runs it only when it
     * is due. Returns whether the consequence ran and the row is done.
     */
    public boolean run(long id, boolean dueOnly) {
        if (!steps.claim(id, node, dueOnly)) {
            return false;
        }
        try {
            steps.follow(id);
            return true;
        } catch (RuntimeException e) {
            var entry = steps.failed(id, describe(e));
            var logLine = "Outbox row " + id + " (" + entry.getTopic() + " " + entry.getDedupeKey()
                    + ") failed, attempt " + entry.getAttempts() + "; next attempt at " + entry.getNextAttemptAt()
                    + ": " + entry.getLastError();
            if (entry.getAttempts() == 1) {
                LOG.log(Level.WARNING, logLine, e);
            } else {
                LOG.warning(logLine);
            }
            return false;
        }
    }

    /**
     * Runs the rows that are due and nobody holds, holding the outbox's lock for the sweep ({@code app_lock}
     * 'outbox', skipped when locked), so that one server sweeps at a time and another does not wait for it. Done
     * rows older than {@link #KEEP_DONE} are deleted. Returns how many rows ran; 0 at once when another sweeps.
     */
    @Transactional
    public int sweep() {
        var locked = em.createNativeQuery("select name from app_lock where name = 'outbox' for update skip locked")
                .getResultList();
        if (locked.isEmpty()) {
            return 0;
        }
        var now = Instant.now(clock);
        var due = em.createNamedQuery("OutboxEntry.due", Long.class)
                .setParameter("now", now)
                .setMaxResults(SWEEP_BATCH)
                .getResultList();
        int ran = 0;
        for (var id : due) {
            if (run(id, true)) {
                ran++;
            }
        }
        em.createNamedQuery("OutboxEntry.purge")
                .setParameter("before", now.minus(KEEP_DONE))
                .executeUpdate();
        return ran;
    }

    /** The innermost cause, which says what went wrong; the layers above it only say where. */
    private static String describe(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
