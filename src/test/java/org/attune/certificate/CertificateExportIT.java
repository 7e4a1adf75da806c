package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attune.account.AccountService;
import org.attune.account.TestAccounts;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admins' CSV and zip exports: every certificate once, read page by page, and refusals that say what is wrong. */
@ExtendWith(ArquillianExtension.class)
class CertificateExportIT {

    private static final String BASE = "https://attune.example.org";
    private static final String ADMIN = "admin@example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void theCsvAndTheZipOfThreeHundredCertificatesHoldEachOnceReadAPageAtATime() throws Exception {
        var course = course();
        var codes = new ArrayList<String>();
        for (long learner : learners(300)) {
            codes.add(lifecycle
                    .issueManually(learner, course, "Attended the workshop.", ADMIN, BASE)
                    .getCode());
        }
        var admin = Clinicians.signedInAdmin(accounts, app);
        var statistics = statistics();

        var before = pageReads(statistics);
        var csv = admin.get("api/admin/certificates.csv?course=" + course);
        var afterCsv = pageReads(statistics);
        var zip = admin.getBytes("api/admin/certificates.zip?course=" + course);
        var afterZip = pageReads(statistics);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().skip(1).map(row -> row.substring(0, 19)).toList())
                .hasSize(300)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(codes);
        assertThat(zip.statusCode()).isEqualTo(200);
        var entries = entries(zip.body());
        assertThat(entries.keySet().stream().map(name -> name.substring(0, 19)).toList())
                .hasSize(300)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(codes);
        assertThat(entries.values())
                .allSatisfy(pdf -> assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF-"));
        long pages = 300 / CertificateExports.PAGE_SIZE + 1;
        assertThat(minus(afterCsv, before))
                .as("reads of the CSV export (queries, rows)")
                .containsExactly(pages, 300L);
        assertThat(minus(afterZip, afterCsv))
                .as("reads of the zip export (queries, rows)")
                .containsExactly(pages, 300L);
    }

    @Test
    void aCertificateThatCannotBeDrawnIsNamedInErrorsTxtAndTheOthersStillDownload() throws Exception {
        var course = course();
        var learners = learners(3);
        var fine = lifecycle.issueManually(learners.get(0), course, "Workshop", ADMIN, BASE);
        var unprintable = lifecycle.issueManually(learners.get(1), course, "Workshop", ADMIN, BASE);
        var undrawable = lifecycle.issueManually(learners.get(2), course, "Workshop", ADMIN, BASE);
        tx.begin();
        // A name stored before sign-up checked names: a tab, an emoji and a script certificates cannot print.
        em.createQuery("update Certificate c set c.learnerName = :name where c.code = :code")
                .setParameter("name", "Ben\tOde 😀 محمد")
                .setParameter("code", unprintable.getCode())
                .executeUpdate();
        // Made with a layout this version of Attune does not draw.
        em.createQuery("update Certificate c set c.templateVersion = 99 where c.code = :code")
                .setParameter("code", undrawable.getCode())
                .executeUpdate();
        tx.commit();

        var zip = Clinicians.signedInAdmin(accounts, app).getBytes("api/admin/certificates.zip?course=" + course);

        assertThat(zip.statusCode()).isEqualTo(200);
        var entries = entries(zip.body());
        assertThat(entries.keySet())
                .containsExactlyInAnyOrder(
                        fine.getCode() + " Learner 0.pdf", unprintable.getCode() + " Ben Ode.pdf", "ERRORS.txt");
        assertThat(new String(entries.get("ERRORS.txt"), StandardCharsets.UTF_8))
                .contains(undrawable.getCode() + "  Learner 2")
                .doesNotContain(fine.getCode())
                .doesNotContain(unprintable.getCode());
        try (var pdf = Loader.loadPDF(entries.get(unprintable.getCode() + " Ben Ode.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Ben Ode").contains(unprintable.getCode());
        }
    }

    @Test
    void aBogusStatusOrAnUnknownCourseIsABadRequestThatSaysSoAndLeavesTheLogClean() throws Exception {
        var course = course();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long logged = Files.size(log);

        var bogusStatus = admin.get("api/admin/certificates.csv?status=bogus");
        var unknownCourse = admin.get("api/admin/certificates.csv?course=no-such-course");
        var zipOfUnknownCourse = admin.get("api/admin/certificates.zip?course=no-such-course");
        var zipOfNoCourse = admin.get("api/admin/certificates.zip");
        var upperCaseStatus = admin.get("api/admin/certificates.csv?course=" + course + "&status=ISSUED");

        for (var refused : List.of(bogusStatus, unknownCourse, zipOfUnknownCourse, zipOfNoCourse)) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        }
        assertThat(error(bogusStatus))
                .isEqualTo(
                        "There is no certificate status \"bogus\": use one of pending, issued, revoked, superseded.");
        assertThat(error(unknownCourse)).isEqualTo("There is no course \"no-such-course\".");
        assertThat(error(zipOfUnknownCourse)).isEqualTo("There is no course \"no-such-course\".");
        assertThat(error(zipOfNoCourse)).contains("Name the course");
        assertThat(upperCaseStatus.statusCode()).isEqualTo(200);
        assertThat(since(log, logged)).doesNotContain("ERROR").doesNotContain("Exception");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private String course() throws Exception {
        return fixtures.course("course", "approval", false, 1, null).slug();
    }

    private List<Long> learners(int count) throws Exception {
        var ids = new ArrayList<Long>();
        tx.begin();
        for (int i = 0; i < count; i++) {
            ids.add(TestAccounts.persist(em, "Learner " + i));
        }
        tx.commit();
        return ids;
    }

    private Statistics statistics() {
        var statistics =
                em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        return statistics;
    }

    /** How often the exports' page query ran, and how many certificates it returned in all. */
    private static long[] pageReads(Statistics statistics) {
        long executions = 0;
        long rows = 0;
        for (var query : statistics.getQueries()) {
            if (query.contains("c.id > :after")) {
                executions += statistics.getQueryStatistics(query).getExecutionCount();
                rows += statistics.getQueryStatistics(query).getExecutionRowCount();
            }
        }
        return new long[] {executions, rows};
    }

    private static List<Long> minus(long[] after, long[] before) {
        return List.of(after[0] - before[0], after[1] - before[1]);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entries.put(entry.getName(), in.readAllBytes()))
                        .as("one entry named " + entry.getName())
                        .isNull();
            }
        }
        return entries;
    }

    private static String error(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getString("error");
    }

    /** What the server logged after the given length of its log. */
    private static String since(Path log, long length) throws Exception {
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            var bytes = new byte[(int) Math.max(0, file.length() - length)];
            file.seek(length);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
