package org.attune.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.attune.ce.CeRecord;
import org.attune.ce.RenewalStanding;

/**
 * A clinician's CE transcript as of one day: every Attune certificate (valid, revoked or superseded) and every entry
 * recorded from elsewhere, oldest first; each licence that matches a renewal rule with where it stands; and the
 * licences that match none. What the page, the PDF and the CSV show.
 */
public record Transcript(
        String learner, LocalDate on, List<Line> lines, List<RenewalStanding> standings, List<String> unmatched) {

    /**
     * One record as the transcript shows it. {@code status} is "valid", "revoked", "superseded" or, for CE from
     * elsewhere, "recorded"; {@code countedToward} says, licence by licence, what the record counted or why not.
     */
    public record Line(
            CeRecord record,
            String provider,
            String approvals,
            BigDecimal hours,
            String category,
            String status,
            List<String> countedToward,
            Long entryId,
            String certificateCode,
            String fileName) {

        public LocalDate date() {
            return record.date();
        }

        public String title() {
            return record.title();
        }

        public boolean fromElsewhere() {
            return entryId != null;
        }
    }

    public BigDecimal validHours() {
        return lines.stream()
                .filter(l -> l.record().standing() == CeRecord.Standing.VALID)
                .map(Line::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
