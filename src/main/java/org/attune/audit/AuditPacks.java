package org.attune.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.database.AppLock;
import org.attune.database.DatabaseClock;

/**
 * The audit packs as jobs, each step a short transaction of its own: asking for one (a request for a course and
 * range that a queued, building or just-finished pack answers gets that pack, not a second), claiming one to build
 * (only a queued one, or one whose builder's claim lapsed), telling its progress (which renews the claim), storing
 * its zip part by part, and finishing it ready or failed. Ready packs are kept {@link #KEPT} and then their zip is
 * deleted; the row stays.
 */
@ApplicationScoped
@Transactional
public class AuditPacks {

    /** How long a finished pack's zip is kept for download. */
    static final Duration KEPT = Duration.ofDays(7);

    /** How long a builder's claim holds without news from it: far more than one page takes. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    /** A pack was asked for in the current transaction: once it commits, this server starts building it. */
    record Asked(long id) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Asked> asked;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * The pack of the course and range: the one that answers it already, or a new one queued (built by this server
     * once the transaction commits, or by another's sweep if this one dies first).
     */
    public AuditPack request(AuditRange range, String requestedBy) {
        em.find(AppLock.class, "audit-pack", LockModeType.PESSIMISTIC_WRITE);
        var now = Instant.now(clock);
        var same = em.createNamedQuery("AuditPack.same", AuditPack.class)
                .setParameter("course", range.courseSlug())
                .setParameter("from", range.from())
                .setParameter("to", range.to())
                .getResultStream()
                .filter(p -> p.answers(now))
                .findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        var pack = new AuditPack(range, requestedBy, now);
        em.persist(pack);
        em.flush();
        asked.fire(new Asked(pack.getId()));
        return pack;
    }

    public Optional<AuditPack> find(long id) {
        return Optional.ofNullable(em.find(AuditPack.class, id));
    }

    /** The newest packs first. */
    public List<AuditPack> recent(int max) {
        return em.createNamedQuery("AuditPack.recent", AuditPack.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The packs waiting for a builder: queued, or building under a claim that lapsed. */
    public List<Long> waiting() {
        return em.createNamedQuery("AuditPack.waiting", Long.class)
                .setParameter("now", Instant.now(clock))
                .getResultList();
    }

    /**
     * Claims the pack for this server's builder, clearing what an earlier builder stored; false when it is not
     * waiting (someone else holds it, it is finished) or it was given up after {@link AuditPack#MOST_BUILDS}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String node) {
        var now = Instant.now(clock);
        var claimed = em.createNamedQuery("AuditPack.claim")
                        .setParameter("id", id)
                        .setParameter("node", node)
                        .setParameter("until", now.plus(CLAIM))
                        .setParameter("now", now)
                        .setParameter("most", AuditPack.MOST_BUILDS)
                        .executeUpdate()
                == 1;
        if (claimed) {
            em.createNamedQuery("AuditPackPart.delete").setParameter("pack", id).executeUpdate();
        }
        return claimed;
    }

    /** Gives up packs whose builders died {@link AuditPack#MOST_BUILDS} times. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void giveUpAbandoned() {
        var now = Instant.now(clock);
        for (long id : waiting()) {
            var pack = em.find(AuditPack.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (pack.getBuilds() >= AuditPack.MOST_BUILDS && pack.getState() == AuditPack.State.BUILDING) {
                pack.failed(now, "The server building it stopped " + pack.getBuilds() + " times; ask for it again.");
            }
        }
    }

    /** Stores the next part of the zip, with the progress, and renews the claim; false if the claim is not ours. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean progress(long id, String node, String step, long done, long total, byte[] part, int seq) {
        var pack = em.find(AuditPack.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (pack.getState() != AuditPack.State.BUILDING || !node.equals(pack.getClaimedBy())) {
            return false;
        }
        pack.progress(
                step,
                (int) Math.min(Integer.MAX_VALUE, done),
                (int) Math.min(Integer.MAX_VALUE, total),
                Instant.now(clock).plus(CLAIM));
        if (part != null) {
            em.persist(new AuditPackPart(id, seq, part));
        }
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ready(long id, String node, long size, String sha256) {
        var pack = em.find(AuditPack.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (pack.getState() == AuditPack.State.BUILDING && node.equals(pack.getClaimedBy())) {
            var now = Instant.now(clock);
            pack.ready(now, size, sha256, now.plus(KEPT));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String node, String error) {
        var pack = em.find(AuditPack.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (pack.getState() == AuditPack.State.BUILDING && node.equals(pack.getClaimedBy())) {
            pack.failed(Instant.now(clock), error);
        }
    }

    /** One part of a ready pack's zip, or empty after the last. */
    public Optional<byte[]> part(long id, int seq) {
        return em.createNamedQuery("AuditPackPart.bytes", byte[].class)
                .setParameter("pack", id)
                .setParameter("seq", seq)
                .getResultStream()
                .findFirst();
    }

    /** Deletes the zips of packs kept their time; returns how many. */
    public int expire() {
        var expired = em.createNamedQuery("AuditPack.expired", Long.class)
                .setParameter("now", Instant.now(clock))
                .getResultList();
        for (long id : expired) {
            em.createNamedQuery("AuditPackPart.delete").setParameter("pack", id).executeUpdate();
            em.find(AuditPack.class, id).expired();
        }
        return expired.size();
    }
}
