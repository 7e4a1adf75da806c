package org.attune.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What this package holds of a learner, for closing their account: the statements about them (sent or not: one not
 * sent yet is not sent after, and its outbox row then finds nothing to send) and the name they had in statements.
 * What the organisation's LRS already holds is the organisation's to keep or delete.
 */
@ApplicationScoped
public class StatementRecords {

    @PersistenceContext
    EntityManager em;

    /** Deletes the learner's statements and their name, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(long accountId) {
        em.createQuery("delete from XapiStatement s where s.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        em.createQuery("delete from XapiActor a where a.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }
}
