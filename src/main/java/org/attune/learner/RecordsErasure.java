package org.attune.learner;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Once a day, erases the records of accounts closed longer ago than the retention period
 * (each account's own, see {@link AccountClosing}), in one transaction; should two nodes run it at once and one fail, the next day's run
 * finds what is left.
 */
@Singleton
public class RecordsErasure {

    private static final Logger LOG = Logger.getLogger(RecordsErasure.class.getName());

    @Inject
    AccountClosing closing;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void eraseExpired() {
        int erased = closing.eraseExpired();
        if (erased > 0) {
            LOG.info(() -> "Erased the records of " + erased + " closed accounts whose retention period is over");
        }
    }
}
