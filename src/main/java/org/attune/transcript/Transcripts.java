package org.attune.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attune.account.AccountService;
import org.attune.account.Licence;
import org.attune.account.Licences;
import org.attune.ce.CeRecord;
import org.attune.ce.RenewalStanding;
import org.attune.ce.RenewalTracker;
import org.attune.certificate.CertificateService;
import org.attune.certificate.CertificateStatus;
import org.attune.database.DatabaseClock;

/**
 * A clinician's transcript, the one read model the transcript page, the renewal tracker, the PDF and the CSV use: the
 * certificates (through the certificate service; pending ones are not certificates yet and are left out), the CE
 * recorded from elsewhere, and for each licence that matches a renewal rule its standing by
 * {@link RenewalTracker}. Read in one transaction.
 */
@ApplicationScoped
public class Transcripts {

    @Inject
    CertificateService certificates;

    @Inject
    CeEntries entries;

    @Inject
    Licences licences;

    @Inject
    AccountService accounts;

    @Inject
    RenewalRuleBook rules;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    @Transactional
    public Transcript of(long accountId) {
        var records = new ArrayList<Source>();
        for (var certificate : certificates.of(accountId)) {
            if (certificate.getStatus() != CertificateStatus.PENDING) {
                records.add(AttuneRecords.of(certificate));
            }
        }
        var files = entries.fileNames(accountId);
        for (var entry : entries.of(accountId)) {
            records.add(EntryRecords.of(entry, files.get(entry.getId()), rules));
        }
        records.sort(Comparator.comparing((Source s) -> s.record().date())
                .thenComparing(s -> s.record().id()));
        var all = records.stream().map(Source::record).toList();

        var standings = new ArrayList<RenewalStanding>();
        var unmatched = new ArrayList<String>();
        for (var licence : licences.of(accountId)) {
            var details = licence.details();
            var rule = rules.ruleFor(details.board(), details.type());
            if (rule.isPresent()) {
                standings.add(RenewalTracker.standing(rule.get(), label(licence), details.expiresOn(), all));
            } else {
                unmatched.add(label(licence));
            }
        }
        var lines = records.stream()
                .map(s -> s.line(countedToward(s.record(), standings)))
                .toList();
        var learner = accounts.find(accountId).orElseThrow().getFullName();
        return new Transcript(learner, LocalDate.now(clock), lines, standings, unmatched);
    }

    /** Licence by licence, what the record counted or why not: "California BBS LMFT licence 123: counted 4 hours". */
    private static List<String> countedToward(CeRecord record, List<RenewalStanding> standings) {
        var words = new ArrayList<String>();
        for (var standing : standings) {
            standing.uses().stream()
                    .filter(u -> u.record().id().equals(record.id()))
                    .findFirst()
                    .ifPresent(u -> words.add(standing.licence() + ": " + u.why()));
        }
        return words;
    }

    private static String label(Licence licence) {
        return licence.details().printed();
    }

    /** A record, and how to make its transcript line once its uses are known. */
    record Source(CeRecord record, LineMaker maker) {
        Transcript.Line line(List<String> countedToward) {
            return maker.line(countedToward);
        }
    }

    @FunctionalInterface
    interface LineMaker {
        Transcript.Line line(List<String> countedToward);
    }
}
