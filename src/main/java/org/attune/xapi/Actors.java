package org.attune.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The opaque name each account has in statements, given once ({@link XapiActor}). */
@ApplicationScoped
public class Actors {

    @PersistenceContext
    EntityManager em;

    /**
     * The account's name, given now if it has none, in a transaction of its own: two first statements of one learner
     * at once cannot both give one (the key is the account), and the loser's fact is not rolled back with it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String nameOf(long accountId) {
        var actor = em.find(XapiActor.class, accountId);
        if (actor == null) {
            actor = new XapiActor(accountId, UUID.randomUUID().toString());
            em.persist(actor);
        }
        return actor.getName();
    }

    /** The account's name if it has one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String existingNameOf(long accountId) {
        var actor = em.find(XapiActor.class, accountId);
        return actor == null ? null : actor.getName();
    }
}
