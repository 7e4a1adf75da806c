package org.attune.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.attune.account.CurrentAccount;
import org.attune.certificate.CertificateService;
import org.attune.certificate.CertificateStatus;
import org.attune.certificate.Checklist;
import org.attune.certificate.CourseCheck;
import org.attune.certificate.ReissueRequest;
import org.attune.certificate.ReissueRequests;
import org.attune.web.Dates;
import org.attune.web.Texts;

/**
 * "My certificates" ({@code /certificates}): what is left before the certificate, and the certificates earned.
 * Each visit first checks every course for a certificate now due (reading time reaches its requirement without a
 * fact of its own, and a consequence may not have run yet).
 */
@Named
@RequestScoped
public class MyCertificatesView {

    /** A certificate as its learner's list shows it. */
    public record Line(
            String code, CertificateStatus status, String course, BigDecimal hours, String date, String correction) {}

    @Inject
    CertificateService certificates;

    @Inject
    CourseCheck courseChecks;

    @Inject
    CurrentAccount me;

    @Inject
    ReissueRequests requests;

    private List<Checklist> checklists;
    private List<Line> lines;

    /** One transaction for everything the page reads (each service call would otherwise start its own). */
    @Transactional
    public void load() {
        long learner = me.id().orElseThrow();
        courseChecks.reconcile(learner);
        checklists = certificates.checklists(learner);
        var asked = requests.of(learner).stream()
                .collect(Collectors.toMap(ReissueRequest::getCertificate, r -> r, (newer, older) -> newer));
        lines = certificates.of(learner).stream()
                .map(c -> new Line(
                        c.getCode(),
                        c.getStatus(),
                        c.snapshot().courseTitle(),
                        c.snapshot().ceHours().stripTrailingZeros(),
                        Dates.format(c.getIssuedAt() == null ? c.getRequestedAt() : c.getIssuedAt()),
                        correction(asked.get(c.getCode()))))
                .toList();
    }

    /** The page's own postback (a refused request for a corrected certificate) runs no view action. */
    private void loaded() {
        if (lines == null) {
            load();
        }
    }

    /** Where the learner's latest request for a corrected reissue of the certificate stands; empty for none. */
    private static String correction(ReissueRequest request) {
        if (request == null) {
            return "";
        }
        var asked = Dates.format(request.getRequestedAt());
        return switch (request.getState()) {
            case OPEN -> Texts.text("certificate.correction.open", asked);
            case APPROVED -> Texts.text("certificate.correction.approved", asked, request.getReissuedAs());
            case DECLINED -> Texts.text("certificate.correction.declined", asked, request.getDeclineReason());
        };
    }

    /** What is left, course by course, for courses without a current certificate. */
    public List<Checklist> getChecklists() {
        loaded();
        var done = lines.stream()
                .filter(l -> l.status() == CertificateStatus.ISSUED || l.status() == CertificateStatus.PENDING)
                .map(Line::course)
                .toList();
        return checklists.stream().filter(c -> !done.contains(c.courseTitle())).toList();
    }

    public List<Line> getLines() {
        loaded();
        return lines;
    }
}
