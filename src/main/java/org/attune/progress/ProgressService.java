package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** Records lesson completions and reads them back. Completing a lesson twice records it once. */
@ApplicationScoped
@Transactional
public class ProgressService {

    @PersistenceContext
    EntityManager em;

    /** Microsecond ticks: what the database keeps, so that a time read back equals the time written. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

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

    /** Adds a browser's report of active seconds on a lesson; see {@link LessonTime} for why it cannot be inflated. */
    public void recordActiveTime(long accountId, long lessonId, int seconds) {
        var now = Instant.now(clock);
        var time = em.createNamedQuery("LessonTime.of", LessonTime.class)
                .setParameter("account", accountId)
                .setParameter("lesson", lessonId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    var created = new LessonTime(accountId, lessonId, now);
                    em.persist(created);
                    return created;
                });
        time.add(seconds, now);
    }

    /** Active seconds per lesson id, for the lessons the learner has spent time on. */
    public java.util.Map<Long, Integer> activeSeconds(long accountId) {
        return em.createNamedQuery("LessonTime.allOf", LessonTime.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toMap(LessonTime::getLessonId, LessonTime::getSeconds));
    }

    public Set<Long> completedLessons(long accountId) {
        return em.createNamedQuery("LessonCompletion.lessonIdsOf", Long.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
