package org.attune.certificate;

import java.time.LocalDate;
import java.util.List;
import org.attune.ce.AccreditorProfile;
import org.attune.ce.CeLibrary;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;

/**
 * Which of a course's approvals a new certificate is issued under, and what it prints for each: a pure rule.
 *
 * <ul>
 *   <li>Only an approval valid on the day the learner completed the course counts: one that expired before stops
 *       new certificates under it, while a learner who completed it while it was valid is issued under it even if
 *       an admin issues the certificate after it expired (the snapshot's completion day is the day the checklist
 *       was complete and the certificate claimed).
 *   <li>Of those, the approvals whose body serves one of the learner's licence types apply. When none does (no
 *       licence, or licences no body here serves, such as a California LMFT, whose board accepts CE approved by
 *       APA, ASWB or NBCC), every valid approval prints: a board decides what it accepts, and the certificate
 *       must not leave out an approval the board may accept.
 *   <li>An approval whose body has no profile (a profile file removed since) prints nothing: its statement is
 *       unknown.
 * </ul>
 */
final class CertificateApprovals {

    private CertificateApprovals() {}

    static List<CertificateApproval> applying(
            CeLibrary library,
            CourseDefinition course,
            List<String> licenceTypes,
            LocalDate completedOn,
            int instructionalMinutes) {
        var valid = course.approvals().stream()
                .filter(a -> a.validOn(completedOn))
                .filter(a -> library.profile(a.body()).isPresent())
                .toList();
        var serving = valid.stream()
                .filter(a -> licenceTypes.stream()
                        .anyMatch(
                                type -> library.profile(a.body()).orElseThrow().serves(type)))
                .toList();
        return (serving.isEmpty() ? valid : serving)
                .stream()
                        .map(a -> printed(
                                library.profile(a.body()).orElseThrow(), a, course.provider(), instructionalMinutes))
                        .toList();
    }

    static CertificateApproval printed(
            AccreditorProfile profile, CourseApproval approval, String provider, int instructionalMinutes) {
        return new CertificateApproval(
                profile.id(),
                profile.name(),
                approval.number(),
                approval.validFrom(),
                approval.validTo(),
                approval.format(),
                profile.creditRule().credits(instructionalMinutes),
                profile.statement(
                        provider, approval.number(), approval.validFrom(), approval.validTo(), approval.format()));
    }
}
