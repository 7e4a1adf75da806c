package org.attune.transcript;

import java.util.Locale;
import org.attune.ce.CeCategories;
import org.attune.ce.CeRecord;
import org.attune.ce.RenewalTracker;
import org.attune.certificate.Certificate;
import org.attune.certificate.CertificateStatus;
import org.attune.web.Texts;

/**
 * An Attune certificate as the tracker weighs it and the transcript shows it: dated the day the course was completed,
 * valid only while issued, with the credits its snapshot froze per approving body. Every Attune course is self-paced
 * online study, so each certificate is home study. A certificate issued before approvals were frozen holds none,
 * and counts toward no board that counts only approved CE (every shipped one).
 */
final class AttuneRecords {

    private AttuneRecords() {}

    static Transcripts.Source of(Certificate certificate) {
        var snapshot = certificate.snapshot();
        var standing = switch (certificate.getStatus()) {
            case REVOKED -> CeRecord.Standing.REVOKED;
            case SUPERSEDED -> CeRecord.Standing.SUPERSEDED;
            default -> CeRecord.Standing.VALID;
        };
        var credits = snapshot.approvals().stream()
                .map(a -> new CeRecord.Credit(a.body(), a.credits()))
                .toList();
        var categories = snapshot.categories();
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
                        String.join(
                                ", ",
                                snapshot.approvals().stream()
                                        .map(a -> a.bodyName() + " " + a.number() + ": "
                                                + RenewalTracker.plain(a.credits()) + " credits")
                                        .toList()),
                        snapshot.ceHours(),
                        String.join(
                                ", ",
                                categories.stream()
                                        .map(c -> CeCategories.label(Texts.current(), c))
                                        .toList()),
                        status,
                        counted,
                        null,
                        certificate.getCode(),
                        null));
    }
}
