package org.attune.quiz;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Grades timed attempts whose time ran out while nobody was looking (the learner closed the tab), once a minute,
 * so that history and completion never wait for the learner to come back.
 */
@Singleton
public class ExpiredAttempts {

    private static final Logger LOG = Logger.getLogger(ExpiredAttempts.class.getName());

    @Inject
    AttemptService attempts;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void gradeExpired() {
        int closed = attempts.closeExpiredAttempts();
        if (closed > 0) {
            LOG.info(() -> "Graded " + closed + " attempts whose time had run out");
        }
    }
}
