package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Starts learners' reading clocks, each in a transaction of its own so that a race to start one loses nothing. */
@ApplicationScoped
public class ReadingClocks {

    @PersistenceContext
    EntityManager em;

    /**
     * Starts the learner's clock at the given moment unless they have one. Two first reports at once both try; the
     * second fails on the primary key (a {@code PersistenceException}) and its caller finds the first one's clock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void start(long accountId, Instant since) {
        if (em.find(ReadingClock.class, accountId) == null) {
            em.persist(new ReadingClock(accountId, since));
            em.flush();
        }
    }
}
