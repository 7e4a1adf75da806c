package org.attune.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.attune.database.DatabaseClock;

/**
 * Looks every few minutes, on every server, whether the admins' digest of certificates waiting for approval is due
 * ({@link ApprovalDigests#sendIfDue}); one server at a time looks, and one digest at most goes out an hour, so a
 * certificate that starts waiting reaches the admins in the next hour's digest at the latest.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApprovalDigestTimer {

    private static final Logger LOG = Logger.getLogger(ApprovalDigestTimer.class.getName());

    /** How often each server looks: a digest goes out within this long of its hour starting. */
    static final Duration EVERY = Duration.ofMinutes(5);

    @Resource
    TimerService timers;

    @Inject
    ApprovalDigests digests;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(EVERY.toMillis(), EVERY.toMillis(), new TimerConfig("approval digest", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void look() {
        try {
            if (digests.sendIfDue(Instant.now(DatabaseClock.UTC_MICROS)) == ApprovalDigests.Outcome.SENT) {
                LOG.info("Sent the admins' digest of certificates waiting for approval");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "The approval digest failed; the next look tries again: " + e);
        }
    }
}
