package org.attune.transcript;

import java.util.List;
import org.attune.ce.CeCategories;
import org.attune.ce.CeRecord;
import org.attune.web.Texts;

/** CE from elsewhere as the tracker weighs it and the transcript shows it. */
final class EntryRecords {

    private EntryRecords() {}

    static Transcripts.Source of(CeEntry entry, String fileName, RenewalRuleBook rules) {
        var details = entry.details();
        var credits = details.approvedBy() == null
                ? List.<CeRecord.Credit>of()
                : List.of(new CeRecord.Credit(details.approvedBy(), details.hours()));
        var record = new CeRecord(
                "entry:" + entry.getId(),
                CeRecord.Origin.ELSEWHERE,
                details.title(),
                details.completedOn(),
                CeRecord.Standing.VALID,
                credits,
                List.of(details.category()),
                details.homeStudy());
        return new Transcripts.Source(
                record,
                counted -> new Transcript.Line(
                        record,
                        details.provider(),
                        details.approvedBy() == null ? "" : rules.bodyName(details.approvedBy()),
                        details.hours(),
                        CeCategories.label(Texts.current(), details.category()),
                        "recorded",
                        counted,
                        entry.getId(),
                        null,
                        fileName));
    }
}
