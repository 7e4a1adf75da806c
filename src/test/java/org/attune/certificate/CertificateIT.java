package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.content.TestModules;
import org.attune.progress.ProgressService;
import org.attune.progress.StandingCache;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.Fixtures.TestCourse;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Certificates on the real server: earned, frozen, verified, revoked, approved, reissued, downloaded. */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    private static final String BASE = "https://attune.example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app(Loader.class, PDFTextStripper.class, BufferedImageLuminanceSource.class);
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    StandingCache standings;

    @Inject
    ProgressService progress;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    AccountService accounts;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void noCertificateUntilLessonsPostTestAndEvaluationAreAllDone() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.learner("Rosa Diaz");

        assertThat(certificates.checklist(learner, course.slug()).orElseThrow().remaining())
                .isEqualTo(3);
        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        assertThat(certificates.claim(learner, course.slug(), BASE)).isEmpty();
        assertThat(certificates.checklist(learner, course.slug()).orElseThrow().remaining())
                .isEqualTo(1);

        fixtures.evaluate(learner, course.slug());
        var certificate = certificates.claim(learner, course.slug(), BASE).orElseThrow();

        assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.ISSUED);
        var printed = certificate.snapshot();
        assertThat(printed.learnerName()).isEqualTo("Rosa Diaz");
        assertThat(printed.licences()).isEqualTo("Licence LPC 7781");
        assertThat(printed.profession()).isEqualTo("Counsellor");
        assertThat(printed.courseTitle()).isEqualTo("Course " + course.slug());
        assertThat(printed.ceHours()).isEqualByComparingTo("1.25");
        assertThat(printed.provider()).isEqualTo("Test Provider");
        // Issued by the evaluation's consequence, which points it at the server's own address.
        assertThat(printed.verifyUrl()).isEqualTo(configuredAddress() + "/verify/" + certificate.getCode());
        assertThat(certificates
                        .claim(learner, course.slug(), BASE)
                        .orElseThrow()
                        .getCode())
                .as("claiming again returns the same certificate")
                .isEqualTo(certificate.getCode());
    }

    @Test
    void aCourseThatRequiresReadingTimeWaitsForIt() throws Exception {
        var course = fixtures.course("auto", true);
        long learner = fixtures.completedLearner(course, "Rosa Diaz");

        var reading = certificates.checklist(learner, course.slug()).orElseThrow().items().stream()
                .filter(i -> i.label().equals("Reading time"))
                .findFirst()
                .orElseThrow();
        assertThat(reading.done()).isFalse();
        assertThat(reading.detail()).startsWith("0 of 10 minutes");
        assertThat(certificates.claim(learner, course.slug(), BASE)).isEmpty();

        readEveryLesson(learner, course);

        assertThat(certificates.claim(learner, course.slug(), BASE)).isPresent();
    }

    @Test
    void concurrentClaimsCreateOneCertificate() throws Exception {
        // Reading time completes the course without a fact of its own, so nothing has claimed it before the race.
        var course = fixtures.course("auto", true);
        long learner = fixtures.completedLearner(course, "Rosa Diaz");
        readEveryLesson(learner, course);
        var go = new CountDownLatch(1);
        var claims = new ArrayList<Future<?>>();
        for (int i = 0; i < 4; i++) {
            Callable<Object> claim = () -> {
                go.await();
                try {
                    return certificates.claim(learner, course.slug(), BASE);
                } catch (RuntimeException lostTheRace) {
                    return lostTheRace;
                }
            };
            claims.add(executor.submit(claim));
        }
        go.countDown();
        for (var claim : claims) {
            claim.get();
        }

        assertThat(certificates.of(learner)).hasSize(1);
    }

    @Test
    void anIssuedCertificateIsFrozenAgainstLaterEditsOfTheCourse() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.completedLearner(course, "Rosa Diaz");
        var code =
                certificates.claim(learner, course.slug(), BASE).orElseThrow().getCode();

        Files.writeString(
                course.root().resolve("course.yaml"),
                TestModules.courseYaml(course.slug(), "auto")
                        .replace("title: \"Course ", "title: \"Renamed course ")
                        .replace("Test Provider\"", "Another Provider\""));
        importer.importFrom(course.root());

        var certificate = certificates.find(code).orElseThrow();
        assertThat(certificate.snapshot().courseTitle()).isEqualTo("Course " + course.slug());
        assertThat(certificate.snapshot().provider()).isEqualTo("Test Provider");
        try (var pdf = Loader.loadPDF(CertificatePdf.render(certificate))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Course " + course.slug())
                    .doesNotContain("Renamed");
        }
    }

    @Test
    void verificationShowsValidThenRevokedWithItsReasonAndAnUnknownCodeIsNotFound() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.completedLearner(course, "Rosa Diaz");
        var code =
                certificates.claim(learner, course.slug(), BASE).orElseThrow().getCode();
        var visitor = new PageClient(app);

        var valid = json(visitor, "api/certificates/" + code.toLowerCase().replace("-", ""));
        assertThat(valid.getString("status")).isEqualTo("valid");
        assertThat(valid.getString("learnerName")).isEqualTo("Rosa Diaz");
        assertThat(visitor.page("verify/" + code).select(".verify-status").text())
                .isEqualTo("Valid certificate");

        lifecycle.revoke(code, "Issued in error: the post-test was taken by someone else.", "admin@example.org");

        var revoked = json(visitor, "api/certificates/" + code);
        assertThat(revoked.getString("status")).isEqualTo("revoked");
        assertThat(revoked.getString("revocationReason")).startsWith("Issued in error");
        assertThat(revoked.getString("revokedAt")).isNotBlank();
        assertThat(visitor.page("verify/" + code).select(".notice").text()).contains("Issued in error");

        var unknown = visitor.get("api/certificates/" + CertificateCode.generate(new SecureRandom()));
        var garbage = visitor.get("api/certificates/not-a-code");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(garbage.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).as("no hint whether a code was close").isEqualTo(garbage.body());
        assertThat(visitor.get("verify/" + CertificateCode.generate(new SecureRandom()))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anApprovalCourseWaitsForAnAdminAndIsNotVerifiableUntilThen() throws Exception {
        var course = fixtures.course("approval");
        long learner = fixtures.completedLearner(course, "Rosa Diaz");

        var pending = certificates.claim(learner, course.slug(), BASE).orElseThrow();
        assertThat(pending.getStatus()).isEqualTo(CertificateStatus.PENDING);
        assertThat(certificates.verify(pending.getCode())).isEmpty();

        lifecycle.approve(pending.getCode(), "admin@example.org");

        assertThat(certificates.verify(pending.getCode()).orElseThrow().status())
                .isEqualTo("valid");
    }

    @Test
    void aReissueSupersedesTheOldCertificateAndPointsToTheNewOne() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.completedLearner(course, "Rosa Diaz");
        var old = certificates.claim(learner, course.slug(), BASE).orElseThrow().getCode();

        var replacement = lifecycle.reissue(old, BASE, "admin@example.org");

        var verification = certificates.verify(old).orElseThrow();
        assertThat(verification.status()).isEqualTo("superseded");
        assertThat(verification.supersededBy()).isEqualTo(replacement.getCode());
        assertThat(certificates.verify(replacement.getCode()).orElseThrow().valid())
                .isTrue();
        assertThatThrownBy(() -> lifecycle.reissue(old, BASE, "admin@example.org"))
                .hasMessageContaining("Only an issued certificate");
    }

    @Test
    void onlyItsLearnerDownloadsThePdfAndItPrintsTheirCertificate() throws Exception {
        var course = fixtures.course("auto");
        var email = Clinicians.newEmail();
        var owner = new PageClient(app);
        Clinicians.signUp(owner, "Ife Adeyemi", email);
        long learner = accounts.findByEmail(email).orElseThrow().getId();
        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        fixtures.evaluate(learner, course.slug());
        var code =
                certificates.claim(learner, course.slug(), BASE).orElseThrow().getCode();

        var download = owner.getBytes("api/certificates/" + code + "/pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var pdf = Loader.loadPDF(download.body())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Ife Adeyemi")
                    .contains(code);
        }

        var stranger = new PageClient(app);
        Clinicians.signUp(stranger, "Someone Else", Clinicians.newEmail());
        assertThat(stranger.get("api/certificates/" + code + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(new PageClient(app).get("api/certificates/" + code + "/pdf").statusCode())
                .as("a visitor is asked to sign in, whatever the code")
                .isEqualTo(401);
    }

    @Test
    void aCertificateEarnedThroughARequestWithAForgedHostPointsAtTheServersOwnAddress() throws Exception {
        var course = fixtures.course("auto", true);
        var email = Clinicians.newEmail();
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Hana Host", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        fixtures.completeLessons(id, course.module());
        fixtures.passPostTest(id, course.module());
        fixtures.evaluate(id, course.slug());
        readEveryLesson(id, course);

        // "My certificates" claims the certificate of a complete course: this is the request that earns it.
        assertThat(getWithHost(learner, "certificates", "attacker.example")).isEqualTo(200);

        var certificate = certificates.current(id, course.slug()).orElseThrow();
        var expected = configuredAddress() + "/verify/" + certificate.getCode();
        assertThat(certificate.snapshot().verifyUrl()).isEqualTo(expected);
        var pdf = learner.getBytes("api/certificates/" + certificate.getCode() + "/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Verify at " + expected)
                    .doesNotContain("attacker");
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(expected);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** What the server is configured to be reached at: ATTUNE_PUBLIC_URL, else its own HTTP address. */
    private String configuredAddress() {
        var configured = System.getenv("ATTUNE_PUBLIC_URL");
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        return "http://localhost:" + app.getPort() + app.getPath().replaceAll("/+$", "");
    }

    /**
     * A GET with the browser's session and the given Host header, over a plain socket: Java's HTTP client does not
     * let a caller set Host, and an attacker's client does. Returns the status.
     */
    private int getWithHost(PageClient browser, String path, String host) throws Exception {
        try (var socket = new Socket(app.getHost(), app.getPort())) {
            var request = "GET " + app.getPath() + path + " HTTP/1.1\r\nHost: " + host + "\r\nCookie: JSESSIONID="
                    + browser.cookie("JSESSIONID").orElseThrow() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring(response.indexOf(' ') + 1, response.indexOf(' ') + 4));
        }
    }

    /** Credits the learner each lesson's whole reading time (five minutes), as reading it with the page open would. */
    private void readEveryLesson(long learner, TestCourse course) throws Exception {
        for (var lesson : catalog.module(course.module()).orElseThrow().lessonIds()) {
            progress.recordActiveTime(learner, lesson, 15, Instant.now());
            tx.begin();
            em.createQuery("update LessonTime t set t.seconds = 300 where t.accountId = :a and t.lessonId = :l")
                    .setParameter("a", learner)
                    .setParameter("l", lesson)
                    .executeUpdate();
            standings.changed(learner);
            tx.commit();
        }
    }

    private static JsonObject json(PageClient client, String path) throws Exception {
        var response = client.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
