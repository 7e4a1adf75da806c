package org.attune.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What an audit pack covers: one course, from one day to another, both included (UTC days, as certificates' dates
 * are). A record belongs to the range when it was made on one of those days: a certificate when it was requested
 * (earned or issued), an attempt when it was started, an evaluation when it was submitted.
 */
public record AuditRange(String courseSlug, LocalDate from, LocalDate to) {

    public AuditRange {
        Objects.requireNonNull(courseSlug, "Choose a course.");
        Objects.requireNonNull(from, "Choose the first day.");
        Objects.requireNonNull(to, "Choose the last day.");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The last day comes before the first.");
        }
    }

    /** The first instant of the range. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The pack's file name: {@code audit-pack-attachment-2026-01-01-to-2026-12-31.zip}. */
    public String fileName() {
        return "audit-pack-" + courseSlug + "-" + from + "-to-" + to + ".zip";
    }
}
