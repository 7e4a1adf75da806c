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

    public Set<Long> completedLessons(long accountId) {
        return em.createNamedQuery("LessonCompletion.lessonIdsOf", Long.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
