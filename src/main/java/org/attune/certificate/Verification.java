package org.attune.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone may learn about a certificate from its code: whether it is valid, and whose, for which course, how
 * many hours and when, and which revision of each module the learner completed; when revoked, when and why; when superseded, by which code. Nothing else.
 */
public record Verification(
        String code,
        String status,
        String learnerName,
        String courseTitle,
        BigDecimal ceHours,
        LocalDate completedOn,
        String provider,
        String contentRevisions,
        Instant revokedAt,
        String revocationReason,
        String supersededBy) {

    static Verification of(Certificate certificate) {
        var s = certificate.snapshot();
        return new Verification(
                certificate.getCode(),
                switch (certificate.getStatus()) {
                    case ISSUED -> "valid";
                    case REVOKED -> "revoked";
                    case SUPERSEDED -> "superseded";
                    case PENDING -> "pending";
                },
                s.learnerName(),
                s.courseTitle(),
                s.ceHours(),
                s.completedOn(),
                s.provider(),
                s.contentRevisions(),
                certificate.getRevokedAt(),
                certificate.getRevocationReason(),
                certificate.getSupersededBy());
    }

    public boolean valid() {
        return status.equals("valid");
    }
}
