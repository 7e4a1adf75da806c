package org.attune.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds audit packs in the background, on the server's managed executor: the one just asked for, once the request's
 * transaction commits, and any a sweep finds waiting ({@link AuditPackSweep}). Each build first claims its pack, so
 * two servers never build one pack at once; a build that fails marks the pack failed with the reason, and one whose
 * server dies leaves a claim that lapses, after which another server builds the pack afresh.
 */
@ApplicationScoped
public class AuditPackBuilder {

    private static final Logger LOG = Logger.getLogger(AuditPackBuilder.class.getName());

    /** This server, as claims name it: its node name and this start's own suffix, so a restart holds no old claim. */
    private final String node = System.getProperty("jboss.node.name", "attune") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Resource
    ManagedExecutorService executor;

    @Inject
    AuditPacks packs;

    @Inject
    AuditPackWriter writer;

    void onAsked(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditPacks.Asked asked) {
        start(asked.id());
    }

    /** Starts building the pack in the background, if this server can claim it. */
    void start(long id) {
        executor.submit(() -> build(id));
    }

    void build(long id) {
        if (!packs.claim(id, node)) {
            return;
        }
        var pack = packs.find(id).orElseThrow();
        var out = new PartsOutputStream(packs, id, node);
        long started = System.nanoTime();
        try {
            writer.write(pack.range(), pack.getRequestedBy(), out, out::progress);
            out.finish();
            packs.ready(id, node, out.size(), out.sha256());
            LOG.info(() -> "Audit pack " + id + " of " + pack.range() + " built in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms: " + out.size() + " bytes");
        } catch (PartsOutputStream.ClaimLost lost) {
            LOG.warning(() -> "Audit pack " + id + " was taken over by another server; this build stops");
        } catch (Exception | LinkageError e) {
            LOG.log(Level.SEVERE, "Audit pack " + id + " could not be built", e);
            packs.failed(
                    id,
                    node,
                    "It could not be built (" + e.getClass().getSimpleName()
                            + "); the server's log says why. Ask for it again once that is fixed.");
        }
    }

    String node() {
        return node;
    }
}
