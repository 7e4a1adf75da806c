package org.attune.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sweeps the outbox every {@code ATTUNE_OUTBOX_SWEEP_SECONDS} on every server; the sweep's own lock lets one server
 * at a time through ({@link OutboxRunner#sweep}), and the others skip their turn.
 */
@Singleton
@jakarta.ejb.Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSweep {

    private static final Logger LOG = Logger.getLogger(OutboxSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @Inject
    OutboxRunner runner;

    @PostConstruct
    void schedule() {
        long every = settings.outboxSweepSeconds() * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("outbox sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int ran = runner.sweep();
            if (ran > 0) {
                LOG.info(() -> "Outbox sweep ran " + ran + " consequences nobody had run");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Outbox sweep failed, the next one tries again: " + e);
        }
    }
}
