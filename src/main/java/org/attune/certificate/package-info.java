/**
 * Completion certificates: issuing one when a learner completes the course (at once, or after an admin's
 * approval), the frozen snapshot of everything it prints, its PDF with a QR code, public verification, and revoking
 * and reissuing. A certificate never changes after issue except in status; a correction is a new certificate that
 * supersedes the old. Verification never reveals whether a code it does not know is close to a real one.
 */
package org.attune.certificate;
