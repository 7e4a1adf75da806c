package org.attune.database;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on each thread (persistence.xml names it as the session factory's
 * statement inspector), so that a request can be asked how many it ran: a warm page view must run none. Counting
 * is one increment of a per-thread number; the statement itself passes unchanged.
 */
public final class StatementCount implements StatementInspector {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** How many statements this thread has prepared since it started (compare two readings). */
    public static int onThisThread() {
        return COUNT.get()[0];
    }
}
