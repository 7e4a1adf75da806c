package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The post-test attempts of some modules started within a time range, as an audit lists them: a page at a time by
 * id, each page read in a transaction of its own, so that any number of attempts is read without holding them all.
 */
@ApplicationScoped
@Transactional
public class AttemptAudit {

    /** One attempt: who, which module's post-test, which try, when, and how it was scored (null while open). */
    public record Line(
            long id,
            long accountId,
            long moduleId,
            int number,
            String status,
            Instant startedAt,
            Instant submittedAt,
            Integer percent,
            Boolean passed,
            int passingScore) {}

    @PersistenceContext
    EntityManager em;

    /** Up to {@code max} attempts with an id above {@code afterId}, by id. */
    public List<Line> page(Collection<Long> moduleIds, Instant from, Instant to, long afterId, int max) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a.id, a.accountId, q.moduleId, a.number, a.status, a.startedAt, a.submittedAt,"
                                + " a.percent, a.passed, a.passingScore from QuizAttempt a, Quiz q"
                                + " where a.quizId = q.id and q.moduleId in :modules and a.startedAt >= :from"
                                + " and a.startedAt < :to and a.id > :after order by a.id",
                        Object[].class)
                .setParameter("modules", moduleIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultStream()
                .map(r -> new Line(
                        (Long) r[0],
                        (Long) r[1],
                        (Long) r[2],
                        (Integer) r[3],
                        ((QuizAttempt.Status) r[4]).name(),
                        (Instant) r[5],
                        (Instant) r[6],
                        (Integer) r[7],
                        (Boolean) r[8],
                        (Integer) r[9]))
                .toList();
    }

    public long count(Collection<Long> moduleIds, Instant from, Instant to) {
        if (moduleIds.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        "select count(a) from QuizAttempt a, Quiz q where a.quizId = q.id and q.moduleId in :modules"
                                + " and a.startedAt >= :from and a.startedAt < :to",
                        Long.class)
                .setParameter("modules", moduleIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }
}
