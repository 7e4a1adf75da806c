package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.catalog.CatalogService;
import org.attune.catalog.EvaluationService;
import org.attune.database.DatabaseClock;
import org.attune.database.Outbox;
import org.attune.database.Payload;

/**
 * Records a learner's facts (a lesson completed, a post-test passed, active time) and serves their
 * {@link Standing}. Recording a fact that may complete a module also records, in the same transaction, the outbox
 * row whose consequence checks the module ({@link ModuleCompletions}); recording it twice records it once.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    EvaluationService evaluations;

    @Inject
    ReadingClocks readingClocks;

    @Inject
    Outbox outbox;

    @Inject
    StandingCache standings;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Records that the learner completed the lesson; returns false when it was already recorded. */
    public boolean markComplete(long accountId, long lessonId) {
        long existing = em.createNamedQuery("LessonCompletion.count", Long.class)
                .setParameter("account", accountId)
                .setParameter("lesson", lessonId)
                .getSingleResult();
        if (existing > 0) {
            return false;
        }
        var module = catalog.moduleOfLesson(lessonId)
                .orElseThrow(() -> new IllegalArgumentException("There is no lesson " + lessonId + "."));
        em.persist(new LessonCompletion(accountId, lessonId, Instant.now(clock)));
        outbox.record(
                LessonCompletion.COMPLETED,
                accountId + ":" + lessonId,
                Payload.of("account", accountId, "module", module, "lesson", lessonId));
        return true;
    }

    /**
     * Records that the learner passed the module's post-test, in the transaction that graded the attempt; the first
     * pass is the one on record. Returns whether this was the first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordPostTestPass(long accountId, String moduleSlug) {
        long moduleId = catalog.idOf(moduleSlug)
                .orElseThrow(() -> new IllegalArgumentException("There is no module " + moduleSlug + "."));
        long existing = em.createNamedQuery("PostTestPass.count", Long.class)
                .setParameter("account", accountId)
                .setParameter("module", moduleId)
                .getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(new PostTestPass(accountId, moduleId, Instant.now(clock)));
        outbox.record(
                PostTestPass.PASSED,
                accountId + ":" + moduleSlug,
                Payload.of("account", accountId, "module", moduleSlug));
        return true;
    }

    /**
     * The learner's standing in every published module and every course: their facts from the standing cache (read
     * from the database on a miss), the catalog from the second-level cache. A warm read needs no transaction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing standing(long accountId) {
        return Standings.of(catalog.outlines(), catalog.readingTimeRequired(), facts(accountId));
    }

    private Standings.Facts facts(long accountId) {
        return standings.get(
                accountId,
                () -> new Standings.Facts(
                        completedLessons(accountId),
                        em.createNamedQuery("LessonTime.allOf", LessonTime.class)
                                .setParameter("account", accountId)
                                .getResultStream()
                                .collect(Collectors.toUnmodifiableMap(LessonTime::getLessonId, LessonTime::getSeconds)),
                        em.createNamedQuery("PostTestPass.moduleIdsOf", Long.class)
                                .setParameter("account", accountId)
                                .getResultStream()
                                .collect(Collectors.toUnmodifiableSet()),
                        em.createNamedQuery("ModuleCompletion.of", ModuleCompletion.class)
                                .setParameter("account", accountId)
                                .getResultStream()
                                .collect(Collectors.toUnmodifiableMap(
                                        ModuleCompletion::getModuleId,
                                        c -> new Completion(c.getRevision(), c.getCompletedAt()))),
                        evaluations.coursesEvaluatedBy(accountId)));
    }

    /**
     * Credits a lesson page's report of active seconds to the lesson, as far as the learner's {@link ReadingClock}
     * allows for a page served (or last renewed) at {@code servedAt}; returns the learner's seconds on the lesson.
     * Reports of one learner are credited one at a time (the clock's row lock), whichever node receives them. A
     * report records no outbox row (they come every 15 seconds): reading time that completes a course's
     * requirement is picked up by the learner's next fact, or by My certificates.
     */
    public int recordActiveTime(long accountId, long lessonId, int seconds, Instant servedAt) {
        var readingClock = readingClock(accountId, servedAt);
        // Read once the clock is locked, so that a report that waited for another of the learner's is not cut short.
        var now = Instant.now(clock);
        int credit = readingClock.credit(seconds, servedAt, now);
        var time = em.createNamedQuery("LessonTime.of", LessonTime.class)
                .setParameter("account", accountId)
                .setParameter("lesson", lessonId)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    var created = new LessonTime(accountId, lessonId, now);
                    em.persist(created);
                    return created;
                });
        time.add(credit, now);
        standings.readingTime(accountId, lessonId, time.getSeconds());
        return time.getSeconds();
    }

    private ReadingClock readingClock(long accountId, Instant since) {
        var found = em.find(ReadingClock.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            return found;
        }
        try {
            readingClocks.start(accountId, since);
        } catch (PersistenceException | TransactionalException raced) {
            // Another report started the clock first; it is read below.
        }
        return em.find(ReadingClock.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Active seconds per lesson id, for the lessons the learner has spent time on (from the standing cache). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Integer> activeSeconds(long accountId) {
        return facts(accountId).secondsByLesson();
    }

    /**
     * How many learners have started the module (completed at least one of its current lessons) and how many have
     * completed it (any revision), for its authors.
     */
    public ModuleReach reach(String moduleSlug) {
        var module = catalog.module(moduleSlug);
        if (module.isEmpty() || module.get().lessonIds().isEmpty()) {
            return new ModuleReach(0, 0);
        }
        long started = em.createQuery(
                        "select count(distinct c.accountId) from LessonCompletion c where c.lessonId in :lessons",
                        Long.class)
                .setParameter("lessons", module.get().lessonIds())
                .getSingleResult();
        long completed = em.createQuery(
                        "select count(c) from ModuleCompletion c where c.moduleId = :module", Long.class)
                .setParameter("module", module.get().id())
                .getSingleResult();
        return new ModuleReach((int) Math.max(started, completed), (int) completed);
    }

    /** The lessons the learner completed, by id (retired ones included). */
    public Set<Long> completedLessons(long accountId) {
        return em.createNamedQuery("LessonCompletion.lessonIdsOf", Long.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
