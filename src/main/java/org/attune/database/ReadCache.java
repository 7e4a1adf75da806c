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
 * What pages read on every request, by a number (a person's records by their account id; the published catalog as
 * one entry), in one of the server's Infinispan caches (wildfly-config/80-caches.cli), so that a warm page runs no
 * SQL. A miss reads the records ({@link #get}) and keeps what it read on this node; a service that changes them
 * says so in its transaction ({@link #changed}, or {@link #update} for a change it can apply to the entry itself),
 * and the entry is dropped or updated once that transaction commits, never before: a page can never see a change
 * that then rolls back, and a page that reads after the commit never sees the entry from before it.
 *
 * <p>In a cluster a change is a write to the key, which Infinispan's invalidation caches turn into a drop of the
 * key on every other node. It must be a write that always happens: Infinispan sends no invalidation for a removal
 * of a key the node does not hold, so a drop is written as a "dropped" marker, which a read takes for a miss.
 *
 * <p>A read that started before a change committed must not keep what it read once the change has been applied:
 * every change moves a generation (one of {@value #STRIPES}, by key) before it writes, and a read keeps its result
 * only if the generation it started under has not moved by the time it stored it; otherwise it drops what it stored
 * again. On another node of a cluster the same race is bounded by the cache's lifespan.
 *
 * @param <V> what is kept per key: an immutable value
 */
public final class ReadCache<V> {

    private static final int STRIPES = 1024;

    /** A key whose records changed: a miss here, and the write that drops the key on the other nodes. */
    private static final String DROPPED = "dropped";

    private final Cache<Long, Object> cache;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
    private final Class<V> type;

    public ReadCache(Cache<Long, Object> cache, Class<V> type, TransactionSynchronizationRegistry transactions) {
        this.cache = Objects.requireNonNull(cache, "The cache is required.");
        this.type = Objects.requireNonNull(type, "The type of the entries is required.");
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
        if (type.isInstance(cached)) {
            return type.cast(cached);
        }
        long generation = generations.get(stripe(key));
        var loaded = Objects.requireNonNull(load.get(), "A cached value cannot be null.");
        local().put(key, loaded);
        if (generations.get(stripe(key)) != generation) {
            local().remove(key);
        }
        return loaded;
    }

    /** The records behind the key change in the current transaction: its entry goes when (and if) that commits. */
    public void changed(long key) {
        afterCommit(key, () -> cache.put(key, DROPPED));
    }

    /**
     * The records behind the key change in the current transaction in a way the entry can follow: once that
     * commits, an entry on this node is updated in place with {@code change}, and the other nodes drop theirs.
     */
    public void update(long key, UnaryOperator<V> change) {
        afterCommit(key, () -> {
            var cached = cache.get(key);
            cache.put(key, type.isInstance(cached) ? change.apply(type.cast(cached)) : DROPPED);
        });
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

    /** Writes on this node only: what a node read is its own, and tells the others nothing. */
    private AdvancedCache<Long, Object> local() {
        return cache.getAdvancedCache().withFlags(Flag.CACHE_MODE_LOCAL);
    }

    private static int stripe(long key) {
        return (int) Math.floorMod(key, (long) STRIPES);
    }
}
