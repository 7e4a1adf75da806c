package org.attune.certificate;

import java.time.Instant;

/**
 * A learner's certificate was issued (at once on completing the course, on an admin's approval, or by an admin's
 * hand): fired within that transaction, once per certificate, for features above that report it (an LRS statement).
 */
public record CertificateIssued(long accountId, String courseSlug, String code, Instant issuedAt) {

    static CertificateIssued of(Certificate certificate) {
        return new CertificateIssued(
                certificate.getAccountId(),
                certificate.getCourseSlug(),
                certificate.getCode(),
                certificate.getIssuedAt());
    }
}
