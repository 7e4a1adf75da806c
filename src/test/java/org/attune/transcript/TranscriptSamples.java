package org.attune.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.attune.ce.CeRecord;
import org.attune.ce.RenewalRule;
import org.attune.ce.RenewalRuleReader;
import org.attune.ce.RenewalTracker;

/** Transcripts for the writers' tests. */
final class TranscriptSamples {

    private TranscriptSamples() {}

    static Transcript.Line entry(String title, String provider, String hours) {
        var record = new CeRecord(
                "entry:" + title.hashCode(),
                CeRecord.Origin.ELSEWHERE,
                title,
                LocalDate.of(2026, 5, 4),
                CeRecord.Standing.VALID,
                List.of(new CeRecord.Credit("apa", new BigDecimal(hours))),
                List.of("general"),
                false);
        return new Transcript.Line(
                record, provider, "APA", new BigDecimal(hours), "general", "recorded", List.of(), 7L, null, null);
    }

    static RenewalRule california() {
        try {
            return RenewalRuleReader.read(
                    java.nio.file.Path.of("modules", "_renewal-rules", "california-bbs.yaml"),
                    org.attune.ce.CeCategories.ids());
        } catch (org.attune.content.ContentException e) {
            throw new IllegalStateException(e);
        }
    }

    static Transcript of(String learner, List<Transcript.Line> lines) {
        var standing = RenewalTracker.standing(
                california(),
                "LMFT licence 123",
                LocalDate.of(2027, 6, 30),
                lines.stream().map(Transcript.Line::record).toList());
        return new Transcript(learner, LocalDate.of(2026, 12, 2), lines, List.of(standing), List.of());
    }
}
