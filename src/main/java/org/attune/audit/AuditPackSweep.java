package org.attune.audit;

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
 * Every {@link #EVERY_SECONDS} seconds on every server: gives up the packs whose builders died too often, starts
 * building the packs that wait (queued while no server could start them, or left by a server that died; the claim
 * lets one server through), and deletes the zips of packs kept their time.
 */
@Singleton
@jakarta.ejb.Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditPackSweep {

    static final int EVERY_SECONDS = 20;

    private static final Logger LOG = Logger.getLogger(AuditPackSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AuditPacks packs;

    @Inject
    AuditPackBuilder builder;

    @PostConstruct
    void schedule() {
        long every = EVERY_SECONDS * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("audit pack sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            packs.giveUpAbandoned();
            packs.waiting().forEach(builder::start);
            int expired = packs.expire();
            if (expired > 0) {
                LOG.info(() ->
                        "Deleted the zips of " + expired + " audit packs kept " + AuditPacks.KEPT.toDays() + " days");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Audit pack sweep failed, the next one tries again: " + e);
        }
    }
}
