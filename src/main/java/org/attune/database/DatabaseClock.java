package org.attune.database;

import java.time.Clock;
import java.time.Duration;

/**
 * The clock services stamp records with: UTC, in microsecond ticks, which is what H2 and PostgreSQL keep, so that a
 * time read back from the database equals the time that was written (and returned) before.
 */
public final class DatabaseClock {

    public static final Clock UTC_MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private DatabaseClock() {}
}
