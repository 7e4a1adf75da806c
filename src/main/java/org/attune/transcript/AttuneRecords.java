package org.attune.transcript;

import java.util.List;
import java.util.Locale;
import org.attune.ce.CeRecord;
import org.attune.certificate.Certificate;
import org.attune.certificate.CertificateStatus;

/**
 * An Attune certificate as the tracker weighs it and the transcript shows it: dated the day the course was completed,
 * valid only while issued, with the credits its snapshot froze per approving body. Every Attune course is self-paced
 * online study, so each certificate is home study.
 */
final class AttuneRecords {

    private AttuneRecords() {}

    static Transcripts.Source of(Certificate certificate, RenewalRuleBook rules) {
        var snapshot = certificate.snapshot();
        var standing = switch (certificate.getStatus()) {
            case REVOKED -> CeRecord.Standing.REVOKED;
            case SUPERSEDED -> CeRecord.Standing.SUPERSEDED;
            default -> CeRecord.Standing.VALID;
        };
        List<CeRecord.Credit> credits = List.of();
        List<String> categories = List.of();
        var record = new CeRecord(
                "certificate:" + certificate.getCode(),
                CeRecord.Origin.ATTUNE,
                snapshot.courseTitle(),
                snapshot.completedOn(),
                standing,
                credits,
                categories,
                true);
        var status = certificate.getStatus() == CertificateStatus.ISSUED
                ? "valid"
                : certificate.getStatus().name().toLowerCase(Locale.ROOT);
        return new Transcripts.Source(
                record,
                counted -> new Transcript.Line(
                        record,
                        snapshot.provider(),
                        credits.stream()
                                .map(c ->
                                        rules.bodyName(c.body()) + " " + org.attune.ce.RenewalTracker.plain(c.hours()))
                                .reduce((a, b) -> a + ", " + b)
                                .orElse(""),
                        snapshot.ceHours(),
                        String.join(", ", categories),
                        status,
                        counted,
                        null,
                        certificate.getCode(),
                        null));
    }
}
