package org.attune.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

/**
 * Start-up work that must not run on two servers at once (two cluster nodes starting together would both import
 * the same new module, or both create the first admin): it runs while holding the row lock of {@code app_lock}
 * 'startup', so a second node waits for the first and then finds the work done.
 */
@ApplicationScoped
public class Startup {

    /** Importing every module on a first start can take a while on a small machine; the lock is held meanwhile. */
    private static final int TIMEOUT_SECONDS = 600;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    public void exclusively(Runnable work) {
        try {
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            try {
                em.find(AppLock.class, "startup", LockModeType.PESSIMISTIC_WRITE);
                work.run();
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            } finally {
                transaction.setTransactionTimeout(0);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Start-up work could not take the start-up lock", e);
        }
    }
}
