package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Time on task as an audit reports it: the reading time some learners spent on some lessons (what the lesson pages
 * counted while the learner was active), one page of learners per call and transaction.
 */
@ApplicationScoped
@Transactional
public class ReadingTimeAudit {

    @PersistenceContext
    EntityManager em;

    /** Seconds read, by learner and then by lesson; a learner who read none of the lessons is absent. */
    public Map<Long, Map<Long, Integer>> secondsRead(Collection<Long> accountIds, Collection<Long> lessonIds) {
        var read = new HashMap<Long, Map<Long, Integer>>();
        if (accountIds.isEmpty() || lessonIds.isEmpty()) {
            return read;
        }
        em.createQuery(
                        "select t.accountId, t.lessonId, t.seconds from LessonTime t where t.accountId in :accounts"
                                + " and t.lessonId in :lessons",
                        Object[].class)
                .setParameter("accounts", accountIds)
                .setParameter("lessons", lessonIds)
                .getResultStream()
                .forEach(r -> read.computeIfAbsent((Long) r[0], a -> new HashMap<>())
                        .merge((Long) r[1], (Integer) r[2], Integer::sum));
        return read;
    }
}
