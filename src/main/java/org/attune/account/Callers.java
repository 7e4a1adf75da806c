package org.attune.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.attune.database.ReadCache;
import org.infinispan.Cache;

/**
 * Every signed-in request's account as a {@link Caller}, from the server's {@code accounts} cache
 * (wildfly-config/80-caches.cli): the request neither opens a persistence context nor assembles an entity for it.
 * An entry goes once a transaction that changed the account commits (JPA reports every change, {@link
 * AccountChanges}), so a deactivation, a role change or a new security version takes effect at the next request,
 * on every node.
 */
@ApplicationScoped
public class Callers {

    @Resource(lookup = "java:jboss/infinispan/cache/attune/accounts")
    Cache<Long, Object> cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    AccountService accounts;

    private ReadCache<Caller> callers;

    @PostConstruct
    void start() {
        callers = new ReadCache<>(cache, Caller.class, transactions);
    }

    /** The account with this id as a request sees it; {@link Caller#active} is false when it is gone. */
    public Caller of(long accountId) {
        return callers.get(
                accountId, () -> accounts.find(accountId).map(Caller::of).orElseGet(() -> Caller.gone(accountId)));
    }

    void changed(long accountId) {
        callers.changed(accountId);
    }
}
