/**
 * Completion certificates: the checklist of what a course asks (a pure rule over the learner's standing), the claim
 * that issues one when a learner completes the course (at once, or after an admin's approval), run from the outbox
 * after a module is completed or the evaluation submitted ({@link org.attune.certificate.CourseCheck}), the frozen
 * snapshot of everything it prints, its PDF with a QR code, its Open Badges 3.0 verifiable credential and the
 * status lists that revoke credentials ({@link org.attune.certificate.CertificateCredentials}), public verification, admins' search and exports, and
 * revoking and reissuing; the emails that tell a learner what happened to their certificate, each composed once after
 * it committed ({@link org.attune.certificate.CertificateLetters}), and the admins' hourly digest of certificates
 * waiting for approval ({@link org.attune.certificate.ApprovalDigests}). A certificate never changes after issue except in status; a correction is a new
 * certificate that supersedes the old. Verification never reveals whether a code it does not know is close to a
 * real one.
 */
package org.attune.certificate;
