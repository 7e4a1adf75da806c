package org.attune.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attune.ce.CeLibrary;
import org.attune.content.CourseApproval;

/** Approvals as a test course holds them, printed by the profiles Attune ships. */
final class TestApprovals {

    static final CourseApproval APA =
            new CourseApproval("apa", "APA-TEST-1", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "home study");
    static final CourseApproval ASWB = new CourseApproval(
            "aswb-ace", "ACE-TEST-2", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "home study");

    private TestApprovals() {}

    static CeLibrary shipped() {
        try {
            return CeLibrary.read(Path.of("modules"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The APA and ASWB ACE approvals as a certificate of 225 instructional minutes prints them. */
    static List<CertificateApproval> twoPrinted() {
        var library = shipped();
        return List.of(
                CertificateApprovals.printed(
                        library.profile("apa").orElseThrow(), APA, "Attune Continuing Education", 225),
                CertificateApprovals.printed(
                        library.profile("aswb-ace").orElseThrow(), ASWB, "Attune Continuing Education", 225));
    }

    static Snapshot withApprovals(Snapshot s, List<CertificateApproval> approvals) {
        return new Snapshot(
                s.courseSlug(),
                s.learnerName(),
                s.licences(),
                s.profession(),
                s.courseTitle(),
                s.ceHours(),
                s.completedOn(),
                s.provider(),
                s.approvalStatement(),
                s.issuer(),
                s.verifyUrl(),
                s.contentRevisions(),
                approvals,
                List.of("general"),
                225);
    }
}
