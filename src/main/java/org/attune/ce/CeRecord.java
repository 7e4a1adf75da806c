package org.attune.ce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One item of a clinician's CE transcript as the renewal tracker weighs it: an Attune certificate (its credits per
 * approving body as its snapshot froze them) or CE the clinician recorded from elsewhere (one body, its hours). Only a
 * valid record counts; a revoked or superseded certificate counts nothing (the one that superseded it does).
 */
public record CeRecord(
        String id,
        Origin origin,
        String title,
        LocalDate date,
        Standing standing,
        List<Credit> credits,
        List<String> categories,
        boolean homeStudy) {

    /** Where the record comes from. */
    public enum Origin {
        ATTUNE,
        ELSEWHERE
    }

    /** Whether the record still stands as evidence of the CE. */
    public enum Standing {
        VALID,
        REVOKED,
        SUPERSEDED
    }

    /** The hours an approving body granted: one per approval a certificate froze, one for CE from elsewhere. */
    public record Credit(String body, BigDecimal hours) {}

    public CeRecord {
        Objects.requireNonNull(id, "A record has an id.");
        Objects.requireNonNull(date, "A record has a date.");
        credits = List.copyOf(credits);
        categories = List.copyOf(categories);
    }
}
