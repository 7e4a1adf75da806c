package org.attune.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.account.AccountService;
import org.attune.catalog.EvaluationAudit;
import org.attune.catalog.ModuleOutline;
import org.attune.certificate.Certificate;
import org.attune.certificate.CertificateSearch;
import org.attune.certificate.CertificateTrails;
import org.attune.content.CourseDefinition.EvaluationQuestion;
import org.attune.progress.ReadingTimeAudit;
import org.attune.quiz.AttemptAudit;

/**
 * The pack's files about people: the roster and the certificates (with their audit trails) of the course requested
 * within the range, the time on task of those learners, and every post-test attempt started and evaluation submitted
 * within it. Each is read a page at a time, each page in a transaction of its own, and written before the next.
 */
@ApplicationScoped
class PeopleSections {

    @Inject
    CertificateSearch certificates;

    @Inject
    CertificateTrails trails;

    @Inject
    AccountService accounts;

    @Inject
    AttemptAudit attempts;

    @Inject
    EvaluationAudit evaluations;

    @Inject
    ReadingTimeAudit reading;

    static CertificateSearch.Criteria criteria(AuditRange range) {
        return new CertificateSearch.Criteria(range.courseSlug(), null, range.from(), range.to(), null, true);
    }

    /** One row per certificate: who (as the certificate printed them), their email, and what they were awarded. */
    void roster(HashingZip zip, AuditRange range, AuditPackWriter.Counter counter) throws IOException {
        zip.text("roster.csv", out -> {
            out.write(Csv.row(
                    "learner",
                    "email",
                    "profession",
                    "licences",
                    "certificate",
                    "status",
                    "completed_on",
                    "issued_at",
                    "ce_hours",
                    "credits"));
            forEachCertificate(range, page -> {
                var emails = accounts.emailsOf(
                        page.stream().map(Certificate::getAccountId).distinct().toList());
                for (var c : page) {
                    var s = c.snapshot();
                    out.write(Csv.row(
                            s.learnerName(),
                            emails.get(c.getAccountId()),
                            s.profession(),
                            s.licences(),
                            c.getCode(),
                            status(c),
                            s.completedOn(),
                            c.getIssuedAt(),
                            s.ceHours().toPlainString(),
                            Credits.of(s)));
                }
                counter.add(page.size());
            });
        });
    }

    /** Every certificate with what it printed and where it stands (revoked with the reason, or which replaced it). */
    void certificates(HashingZip zip, AuditRange range, AuditPackWriter.Counter counter) throws IOException {
        zip.text("certificates.csv", out -> {
            out.write(Csv.row(
                    "certificate",
                    "status",
                    "learner",
                    "course",
                    "ce_hours",
                    "completed_on",
                    "requested_at",
                    "issued_at",
                    "revoked_at",
                    "revocation_reason",
                    "superseded_by",
                    "provider",
                    "approval_statement",
                    "content_revisions",
                    "verify_url"));
            forEachCertificate(range, page -> {
                for (var c : page) {
                    var s = c.snapshot();
                    out.write(Csv.row(
                            c.getCode(),
                            status(c),
                            s.learnerName(),
                            s.courseTitle(),
                            s.ceHours().toPlainString(),
                            s.completedOn(),
                            c.getRequestedAt(),
                            c.getIssuedAt(),
                            c.getRevokedAt(),
                            c.getRevocationReason(),
                            c.getSupersededBy(),
                            s.provider(),
                            s.approvalStatement(),
                            s.contentRevisions(),
                            s.verifyUrl()));
                }
                counter.add(page.size());
            });
        });
    }

    /**
     * Every approval each certificate was issued under, as the certificate froze it: the body, the approval number,
     * its period and format, the credits by that body's rule and the statement printed.
     */
    void approvals(HashingZip zip, AuditRange range, AuditPackWriter.Counter counter) throws IOException {
        zip.text("certificate-approvals.csv", out -> {
            out.write(Csv.row(
                    "certificate",
                    "status",
                    "body",
                    "body_name",
                    "approval_number",
                    "valid_from",
                    "valid_to",
                    "format",
                    "instructional_minutes",
                    "credits",
                    "statement",
                    "categories"));
            forEachCertificate(range, page -> {
                for (var c : page) {
                    var s = c.snapshot();
                    for (var a : s.approvals()) {
                        out.write(Csv.row(
                                c.getCode(),
                                status(c),
                                a.body(),
                                a.bodyName(),
                                a.number(),
                                a.validFrom(),
                                a.validTo(),
                                Credits.format(a.format()),
                                s.instructionalMinutes(),
                                a.credits().toPlainString(),
                                a.statement(),
                                String.join(" ", s.categories())));
                    }
                }
                counter.add(page.size());
            });
        });
    }

    /** Every event of every certificate's audit trail, in the order they happened, certificate by certificate. */
    void trails(HashingZip zip, AuditRange range, AuditPackWriter.Counter counter) throws IOException {
        zip.text("certificate-events.csv", out -> {
            out.write(Csv.row("certificate", "occurred_at", "action", "actor", "reason"));
            forEachCertificate(range, page -> {
                var events = trails.of(page.stream().map(Certificate::getCode).toList());
                for (var trail : events.values()) {
                    for (var e : trail) {
                        out.write(Csv.row(
                                e.certificate(),
                                e.occurredAt(),
                                e.action().toLowerCase(java.util.Locale.ROOT),
                                e.actor(),
                                e.reason()));
                    }
                }
                counter.add(page.size());
            });
        });
    }

    /**
     * Each certified learner's reading time per module (and in all), as the lesson pages counted it; 0 for a module
     * whose lessons they read none of while the pages counted.
     */
    void timeOnTask(HashingZip zip, AuditRange range, List<ModuleOutline> modules, AuditPackWriter.Counter counter)
            throws IOException {
        var moduleOfLesson = new LinkedHashMap<Long, String>();
        modules.forEach(m -> m.lessons().forEach(l -> moduleOfLesson.put(l.id(), m.slug())));
        var written = new HashSet<Long>();
        zip.text("time-on-task.csv", out -> {
            out.write(Csv.row("learner", "email", "module", "minutes_read"));
            forEachCertificate(range, page -> {
                var learners = page.stream()
                        .map(Certificate::getAccountId)
                        .filter(written::add)
                        .toList();
                var emails = accounts.emailsOf(learners);
                var read = reading.secondsRead(learners, moduleOfLesson.keySet());
                var first = new HashSet<Long>();
                for (var c : page) {
                    if (learners.contains(c.getAccountId()) && first.add(c.getAccountId())) {
                        var seconds = read.getOrDefault(c.getAccountId(), Map.of());
                        writeTime(
                                out, c.snapshot().learnerName(), emails.get(c.getAccountId()), seconds, moduleOfLesson);
                    }
                }
                counter.add(page.size());
            });
        });
    }

    private static void writeTime(
            Writer out, String learner, String email, Map<Long, Integer> seconds, Map<Long, String> moduleOfLesson)
            throws IOException {
        var byModule = new LinkedHashMap<String, Integer>();
        moduleOfLesson.values().forEach(m -> byModule.putIfAbsent(m, 0));
        seconds.forEach((lesson, s) -> byModule.merge(moduleOfLesson.get(lesson), s, Integer::sum));
        int all = 0;
        for (var module : byModule.entrySet()) {
            out.write(Csv.row(learner, email, module.getKey(), minutes(module.getValue())));
            all += module.getValue();
        }
        out.write(Csv.row(learner, email, "(all modules)", minutes(all)));
    }

    private static String minutes(int seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f", seconds / 60.0);
    }

    /** Every post-test attempt at the course's modules started within the range. */
    void attempts(HashingZip zip, AuditRange range, List<ModuleOutline> modules, AuditPackWriter.Counter counter)
            throws IOException {
        var slugs = new LinkedHashMap<Long, String>();
        modules.forEach(m -> slugs.put(m.id(), m.slug()));
        zip.text("attempts.csv", out -> {
            out.write(Csv.row(
                    "email",
                    "module",
                    "attempt",
                    "status",
                    "started_at",
                    "submitted_at",
                    "minutes_taken",
                    "score_percent",
                    "passing_score",
                    "passed"));
            long after = 0;
            while (true) {
                var page = attempts.page(slugs.keySet(), range.start(), range.end(), after, AuditPackWriter.PAGE);
                var emails = accounts.emailsOf(page.stream()
                        .map(AttemptAudit.Line::accountId)
                        .distinct()
                        .toList());
                for (var a : page) {
                    out.write(Csv.row(
                            emails.get(a.accountId()),
                            slugs.get(a.moduleId()),
                            a.number(),
                            a.status().toLowerCase(java.util.Locale.ROOT),
                            a.startedAt(),
                            a.submittedAt(),
                            a.submittedAt() == null
                                    ? null
                                    : minutes((int) java.time.Duration.between(a.startedAt(), a.submittedAt())
                                            .toSeconds()),
                            a.percent(),
                            a.passingScore(),
                            a.passed()));
                }
                counter.add(page.size());
                if (page.size() < AuditPackWriter.PAGE) {
                    return;
                }
                after = page.get(page.size() - 1).id();
            }
        });
    }

    /** Every evaluation submitted within the range, with its answers, and then their summary. */
    void evaluations(
            HashingZip zip, AuditRange range, List<EvaluationQuestion> questions, AuditPackWriter.Counter counter)
            throws IOException {
        var tally = new EvaluationTally(questions);
        zip.text("evaluations.csv", out -> {
            out.write(Csv.row("email", "submitted_at", "answers"));
            long after = 0;
            while (true) {
                var page =
                        evaluations.page(range.courseSlug(), range.start(), range.end(), after, AuditPackWriter.PAGE);
                var emails = accounts.emailsOf(page.stream()
                        .map(EvaluationAudit.Line::accountId)
                        .distinct()
                        .toList());
                for (var e : page) {
                    out.write(Csv.row(emails.get(e.accountId()), e.submittedAt(), e.answers()));
                    tally.add(e.answers());
                }
                counter.add(page.size());
                if (page.size() < AuditPackWriter.PAGE) {
                    return;
                }
                after = page.get(page.size() - 1).id();
            }
        });
        zip.text("evaluation-summary.csv", out -> {
            for (var row : tally.rows()) {
                out.write(row);
            }
        });
    }

    private static String status(Certificate c) {
        return c.getStatus().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What a pass does with one page of certificates. */
    private interface Page {
        void write(List<Certificate> certificates) throws IOException;
    }

    private void forEachCertificate(AuditRange range, Page page) throws IOException {
        var criteria = criteria(range);
        long after = 0;
        while (true) {
            var found = certificates.exportPage(criteria, after, AuditPackWriter.PAGE);
            page.write(found);
            if (found.size() < AuditPackWriter.PAGE) {
                return;
            }
            after = found.get(found.size() - 1).id();
        }
    }
}
