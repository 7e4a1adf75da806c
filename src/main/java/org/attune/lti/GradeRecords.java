package org.attune.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What the grade service holds of a learner, for closing their account: where their grades went (their LTI subject
 * at each platform) and the scores queued for there (one not posted yet is not posted after: its outbox row then
 * finds nothing to post). What a platform already holds is the organisation's to keep or delete.
 */
@ApplicationScoped
public class GradeRecords {

    @PersistenceContext
    EntityManager em;

    /** Deletes the learner's grade targets and their scores, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long accountId) {
        em.createQuery("delete from LtiScore s where s.targetId in"
                        + " (select t.id from GradeTarget t where t.accountId = :a)")
                .setParameter("a", accountId)
                .executeUpdate();
        em.createQuery("delete from GradeTarget t where t.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }
}
