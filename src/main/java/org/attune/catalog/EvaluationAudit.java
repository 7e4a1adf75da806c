package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * A course's evaluations submitted within a time range, as an audit lists them: a page at a time by id, each page
 * read in a transaction of its own.
 */
@ApplicationScoped
@Transactional
public class EvaluationAudit {

    /** One submitted evaluation: who, when, and the answers as the learner gave them (JSON, question id to answer). */
    public record Line(long id, long accountId, Instant submittedAt, String answers) {}

    @PersistenceContext
    EntityManager em;

    /** Up to {@code max} evaluations with an id above {@code afterId}, by id. */
    public List<Line> page(String courseSlug, Instant from, Instant to, long afterId, int max) {
        return em.createQuery(
                        "select e.id, e.accountId, e.submittedAt, e.answers from CourseEvaluation e"
                                + " where e.courseSlug = :course and e.submittedAt >= :from and e.submittedAt < :to"
                                + " and e.id > :after order by e.id",
                        Object[].class)
                .setParameter("course", courseSlug)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultStream()
                .map(r -> new Line((Long) r[0], (Long) r[1], (Instant) r[2], (String) r[3]))
                .toList();
    }

    public long count(String courseSlug, Instant from, Instant to) {
        return em.createQuery(
                        "select count(e) from CourseEvaluation e where e.courseSlug = :course"
                                + " and e.submittedAt >= :from and e.submittedAt < :to",
                        Long.class)
                .setParameter("course", courseSlug)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }
}
