package org.attune.database;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.infinispan.AdvancedCache;
import org.infinispan.Cache;
import org.infinispan.context.Flag;

/**
 * What pages read on every request, by a number (a learner's records by their account id; the published catalog
 * as one entry), in one of the server's Infinispan caches (wildfly-config/80-caches.cli), so that a warm page runs
 * no SQL. A miss reads the records ({@link #get})
 * and keeps what it read; a service that changes them says so in its transaction ({@link #changed}, or
 * {@link #update} for a change it can apply to the entry itself), and the entry is dropped or updated once that
 * transaction commits, never before: a page can never see a change that then rolls back, and a page that reads
 * after the commit never sees the entry from before it. In a cluster the drop is Infinispan's invalidation of the
 * key on every node.
 *
 * <p>A read that started before a change committed must not keep what it read once the change has been applied:
 * every change moves a generation (one of {@value #STRIPES}, by key) before it drops the entry, and a read
 * keeps its result only if the generation it started under has not moved by the time it stored it; otherwise it
 * drops what it stored again. On another node of a cluster the same read is bounded by the cache's lifespan.
 *
 * @param <V> what is kept per key: an immutable value
 */
public final class ReadCache<V> {

    private static final int STRIPES = 1024;

    private final Cache<Long, V> cache;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLongArray generations = new AtomicLongArray(STRIPES);

    public ReadCache(Cache<Long, V> cache, TransactionSynchronizationRegistry transactions) {
        this.cache = Objects.requireNonNull(cache, "The cache is required.");
        this.transactions = Objects.requireNonNull(transactions, "The transaction registry is required.");
    }

    /**
     * The key's entry, read with {@code load} (from the database) when there is none. A transaction that has
     * changed the records behind the key reads them afresh, its own changes included, and keeps nothing.
     */
    public V get(long key, Supplier<V> load) {
        if (changedInThisTransaction()) {
            return load.get();
        }
        var cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        long generation = generations.get(stripe(key));
        var loaded = Objects.requireNonNull(load.get(), "A cached value cannot be null.");
        cache.putForExternalRead(key, loaded);
        if (generations.get(stripe(key)) != generation) {
            local().remove(key);
        }
        return loaded;
    }

    /** The records behind the key change in the current transaction: its entry goes when (and if) that commits. */
    public void changed(long key) {
        afterCommit(key, () -> cache.remove(key));
    }

    /**
     * The records behind the key change in the current transaction in a way the entry can follow: once that commits,
     * an entry on this node is updated in place with {@code change} (and dropped on the other nodes of a cluster).
     */
    public void update(long key, UnaryOperator<V> change) {
        afterCommit(key, () -> cache.computeIfPresent(key, (id, value) -> change.apply(value)));
    }

    private void afterCommit(long key, Runnable apply) {
        if (transactions.getTransactionKey() == null) {
            generations.incrementAndGet(stripe(key));
            apply.run();
            return;
        }
        transactions.putResource(this, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    generations.incrementAndGet(stripe(key));
                    apply.run();
                }
            }
        });
    }

    private boolean changedInThisTransaction() {
        return transactions.getTransactionKey() != null && transactions.getResource(this) != null;
    }

    private AdvancedCache<Long, V> local() {
        return cache.getAdvancedCache().withFlags(Flag.CACHE_MODE_LOCAL);
    }

    private static int stripe(long key) {
        return (int) Math.floorMod(key, (long) STRIPES);
    }
}
