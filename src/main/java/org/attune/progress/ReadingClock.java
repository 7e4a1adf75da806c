package org.attune.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Up to when one learner's active time has been credited, across all lessons together. A report is credited only
 * for time after that moment and after its lesson page was served, and the moment then moves on by what was
 * credited: however many lesson pages report, and however often, a learner earns at most the time that passes.
 * Never later than now.
 */
@Entity
@Table(name = "reading_clock")
public class ReadingClock {

    /** The most one report can add: the browser reports every 15 seconds, with room for a late tick. */
    static final int MAX_REPORT_SECONDS = 30;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "credited_until", nullable = false)
    private Instant creditedUntil;

    protected ReadingClock() {}

    ReadingClock(long accountId, Instant since) {
        this.accountId = accountId;
        this.creditedUntil = since;
    }

    /**
     * Credits a report of active seconds from a page served at {@code servedAt}: no more than reported (at most
     * {@link #MAX_REPORT_SECONDS}) nor than the whole seconds since the later of the clock and the page. Time
     * passed but not reported is forfeited; a fraction of a second not yet credited stays for the next report.
     */
    int credit(int reported, Instant servedAt, Instant now) {
        var from = servedAt.isAfter(creditedUntil) ? servedAt : creditedUntil;
        long elapsed = Duration.between(from, now).getSeconds();
        if (elapsed <= 0) {
            return 0;
        }
        int credit = (int) Math.max(0, Math.min(Math.min(reported, MAX_REPORT_SECONDS), elapsed));
        creditedUntil = credit == elapsed ? from.plusSeconds(credit) : now;
        return credit;
    }
}
