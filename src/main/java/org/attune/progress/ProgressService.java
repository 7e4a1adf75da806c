package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.database.DatabaseClock;

/** Records lesson completions and reads them back. Completing a lesson twice records it once. */
@ApplicationScoped
@Transactional
public class ProgressService {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.attune.catalog.CatalogService catalog;

    @jakarta.inject.Inject
    ReadingClocks readingClocks;

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
        em.persist(new LessonCompletion(accountId, lessonId, Instant.now(clock)));
        return true;
    }

    /**
     * Credits a lesson page's report of active seconds to the lesson, as far as the learner's {@link ReadingClock}
     * allows for a page served (or last renewed) at {@code servedAt}; returns the learner's seconds on the lesson.
     * Reports of one learner are credited one at a time (the clock's row lock), whichever node receives them.
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

    /** Active seconds per lesson id, for the lessons the learner has spent time on. */
    public java.util.Map<Long, Integer> activeSeconds(long accountId) {
        return em.createNamedQuery("LessonTime.allOf", LessonTime.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toMap(LessonTime::getLessonId, LessonTime::getSeconds));
    }

    /** The learner's progress in every published module's current lessons, by module slug. */
    public java.util.Map<String, ModuleProgress> progressByModule(long accountId) {
        var completed = completedLessons(accountId);
        return catalog.currentLessonIdsByModule().entrySet().stream()
                .collect(Collectors.toMap(
                        java.util.Map.Entry::getKey, e -> ProgressRules.progress(e.getValue(), completed)));
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

    public Set<Long> completedLessons(long accountId) {
        return em.createNamedQuery("LessonCompletion.lessonIdsOf", Long.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
