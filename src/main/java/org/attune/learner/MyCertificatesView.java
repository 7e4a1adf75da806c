package org.attune.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseSummary;
import org.attune.certificate.CertificateClaims;
import org.attune.certificate.CertificateService;
import org.attune.certificate.CertificateStatus;
import org.attune.certificate.Checklist;
import org.attune.web.Dates;

/** "My certificates" ({@code /certificates}): what is left before the certificate, and the certificates earned. */
@Named
@RequestScoped
public class MyCertificatesView {

    /** A certificate as its learner's list shows it. */
    public record Line(String code, CertificateStatus status, String course, String hours, String date) {}

    @Inject
    CertificateService certificates;

    @Inject
    CertificateClaims claims;

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

    private List<Checklist> checklists;
    private List<Line> lines;

    /** One transaction for everything the page reads (each service call would otherwise start its own). */
    @Transactional
    public void load() {
        long learner = me.id().orElseThrow();
        checklists = catalog.courses().stream()
                .map(CourseSummary::slug)
                .filter(Objects::nonNull)
                .peek(claims::claim)
                .map(slug -> certificates.checklist(learner, slug).orElseThrow())
                .toList();
        lines = certificates.of(learner).stream()
                .map(c -> new Line(
                        c.getCode(),
                        c.getStatus(),
                        c.snapshot().courseTitle(),
                        c.snapshot().ceHours().stripTrailingZeros().toPlainString(),
                        Dates.format(c.getIssuedAt() == null ? c.getRequestedAt() : c.getIssuedAt())))
                .toList();
    }

    /** What is left, course by course, for courses without a current certificate. */
    public List<Checklist> getChecklists() {
        var done = lines.stream()
                .filter(l -> l.status() == CertificateStatus.ISSUED || l.status() == CertificateStatus.PENDING)
                .map(Line::course)
                .toList();
        return checklists.stream().filter(c -> !done.contains(c.courseTitle())).toList();
    }

    public List<Line> getLines() {
        return lines;
    }
}
