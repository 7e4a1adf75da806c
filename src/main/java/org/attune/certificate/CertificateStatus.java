package org.attune.certificate;

/** Where a certificate stands. */
public enum CertificateStatus {
    /** The course is complete; an admin has yet to approve (admin-approved courses only). */
    PENDING,
    /** Valid. */
    ISSUED,
    /** Withdrawn by an admin, with a reason; verification says so. */
    REVOKED,
    /** Replaced by a corrected certificate, which verification points to. */
    SUPERSEDED
}
