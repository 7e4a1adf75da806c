package org.attune.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.attune.catalog.CatalogService;
import org.attune.catalog.EvaluationAudit;
import org.attune.catalog.ModuleOutline;
import org.attune.certificate.CertificateSearch;
import org.attune.certificate.RecordRetention;
import org.attune.certificate.Retention;
import org.attune.keys.Issuer;
import org.attune.keys.IssuerKeys;
import org.attune.quiz.AttemptAudit;
import org.attune.web.PublicUrl;

/**
 * Writes one audit pack as a zip straight to its stream: each source read a page at a time by id, each page in a
 * transaction of its own (through its feature's service) and written out before the next is read, so a pack of any
 * size holds one page in memory (and the ids of the learners already given a time-on-task row). Then the manifest
 * of every file's SHA-256, signed with the issuer key, and the key itself.
 */
@ApplicationScoped
class AuditPackWriter {

    /** Records read per transaction. */
    static final int PAGE = 250;

    /** What the writer tells of its progress, after each page. */
    interface Progress {
        void at(String step, long done, long total) throws IOException;
    }

    @Inject
    CatalogService catalog;

    @Inject
    CertificateSearch certificates;

    @Inject
    AttemptAudit attempts;

    @Inject
    EvaluationAudit evaluations;

    @Inject
    PeopleSections people;

    @Inject
    ContentSection content;

    @Inject
    IssuerKeys keys;

    @Inject
    PublicUrl publicUrl;

    @Inject
    RecordRetention retention;

    void write(AuditRange range, String requestedBy, OutputStream out, Progress progress) throws IOException {
        var course = catalog.course(range.courseSlug())
                .orElseThrow(() -> new IllegalStateException("The course " + range.courseSlug() + " does not exist"));
        List<ModuleOutline> modules = catalog.outlines().stream()
                .filter(m -> range.courseSlug().equals(m.courseSlug()))
                .toList();
        var moduleIds = modules.stream().map(ModuleOutline::id).toList();
        var criteria = PeopleSections.criteria(range);
        long certificateCount = certificates.count(criteria);
        long attemptCount = attempts.count(moduleIds, range.start(), range.end());
        long evaluationCount = evaluations.count(range.courseSlug(), range.start(), range.end());
        var counter = new Counter(progress, 5 * certificateCount + attemptCount + evaluationCount + 1);
        var kept = retention.ofCourse(range.courseSlug());

        try (var zip = new HashingZip(out)) {
            zip.text("README.txt", Readme.text(course.title(), range, kept));
            zip.text("course.txt", CourseSheet.text(course, modules));
            zip.text("disclosures.txt", CourseSheet.disclosures(course));
            people.roster(zip, range, counter.step("Roster"));
            people.certificates(zip, range, counter.step("Certificates"));
            people.approvals(zip, range, counter.step("Approvals and credits"));
            people.trails(zip, range, counter.step("Certificates' audit trails"));
            people.timeOnTask(zip, range, modules, counter.step("Time on task"));
            people.attempts(zip, range, modules, counter.step("Post-test attempts"));
            people.evaluations(zip, range, course.evaluation(), counter.step("Evaluations"));
            counter.step("Content that was live").add(0);
            content.write(zip, modules, range);
            counter.step("Signing the manifest").add(1);
            sign(zip, range, course.title(), requestedBy, kept);
        }
    }

    private void sign(HashingZip zip, AuditRange range, String courseTitle, String requestedBy, Retention kept)
            throws IOException {
        var signer = keys.signer();
        var key = keys.find(signer.keyId())
                .orElseThrow(() -> new IllegalStateException("The issuer key " + signer.keyId() + " is not listed"));
        var manifest = new Manifest(
                        range,
                        courseTitle,
                        requestedBy,
                        Instant.now(),
                        kept.years(),
                        kept.because(),
                        Issuer.verificationMethod(Issuer.did(publicUrl.base()), key.keyId()),
                        key.publicKeyMultibase(),
                        zip.files())
                .json();
        zip.unlisted(Manifest.FILE, manifest);
        zip.unlisted(Manifest.SIGNATURE, signer.sign(manifest));
        zip.unlisted(Manifest.PUBLIC_KEY, Manifest.pem(key.publicKey()).getBytes(StandardCharsets.US_ASCII));
    }

    /** Counts records written against the total, for the progress bar. */
    static final class Counter {
        private final Progress progress;
        private final long total;
        private long done;
        private String step = "Starting";

        Counter(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        Counter step(String step) throws IOException {
            this.step = step;
            progress.at(step, done, total);
            return this;
        }

        void add(long records) throws IOException {
            done = Math.min(total, done + records);
            progress.at(step, done, total);
        }
    }
}
