package org.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.certificate.CertificateLifecycle;
import org.attune.certificate.CertificateService;
import org.attune.progress.ProgressService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit pack as an admin and an auditor use it: asked for once, built in the background by the server, downloaded
 * over HTTP, opened, its manifest checked file by file and its signature checked by OpenSSL, which knows nothing of
 * Attune.
 */
@ExtendWith(ArquillianExtension.class)
class AuditPackIT {

    private static final String BASE = "https://attune.example.org";
    private static final String ADMIN = "admin@example.org";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

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

    @Inject
    AuditPacks packs;

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void thePackOpensItsHashesAndOpensslSignatureVerifyAndItsRosterNamesEveryCertificateHolderInTheRange()
            throws Exception {
        var course = fixtures.course("auto");
        long ana = fixtures.completedLearner(course, "Ana Holder");
        long ben = fixtures.completedLearner(course, "Ben Revoked");
        long cy = fixtures.completedLearner(course, "Cy Reissued");
        long dora = fixtures.completedLearner(course, "Dora Earlier");
        var anaCode = certificates.claim(ana, course.slug(), BASE).orElseThrow().getCode();
        var benCode = certificates.claim(ben, course.slug(), BASE).orElseThrow().getCode();
        var cyCode = certificates.claim(cy, course.slug(), BASE).orElseThrow().getCode();
        var doraCode =
                certificates.claim(dora, course.slug(), BASE).orElseThrow().getCode();
        var lesson = catalog.module(course.module()).orElseThrow().lessonIds().get(0);
        int anaRead = progress.recordActiveTime(ana, lesson, 90, Instant.now().minusSeconds(600));
        lifecycle.revoke(benCode, "=HYPERLINK(\"http://evil.example\") copied answers", ADMIN);
        var cyNew = lifecycle.reissue(cyCode, BASE, ADMIN).getCode();
        tx.begin();
        em.createNativeQuery("UPDATE certificate SET requested_at = requested_at - INTERVAL '2' YEAR,"
                        + " issued_at = issued_at - INTERVAL '2' YEAR WHERE code = ?1")
                .setParameter(1, doraCode)
                .executeUpdate();
        tx.commit();

        var files = download(built(course.slug()));

        assertThat(files)
                .containsKeys(
                        "README.txt",
                        "roster.csv",
                        "certificates.csv",
                        "certificate-events.csv",
                        "attempts.csv",
                        "evaluations.csv",
                        "evaluation-summary.csv",
                        "time-on-task.csv",
                        "course.txt",
                        "content/revisions.csv",
                        "manifest.json",
                        "manifest.sig",
                        "issuer-key.pem");
        var manifest = json(files.get("manifest.json"));
        var listed = new LinkedHashMap<String, String>();
        manifest.getJsonArray("files")
                .forEach(f -> listed.put(
                        f.asJsonObject().getString("path"), f.asJsonObject().getString("sha256")));
        assertThat(listed.keySet())
                .containsExactlyInAnyOrderElementsOf(files.keySet().stream()
                        .filter(name -> !name.startsWith("manifest.") && !name.equals("issuer-key.pem"))
                        .toList());
        listed.forEach(
                (path, sha256) -> assertThat(sha256(files.get(path))).as(path).isEqualTo(sha256));
        assertThat(manifest.getJsonObject("signature").getString("verificationMethod"))
                .startsWith("did:web:")
                .contains("#key-");
        assertThat(openssl(files)).contains("Signature Verified Successfully");

        files.keySet().stream()
                .filter(name -> name.endsWith(".csv"))
                .forEach(name -> assertEveryRowHasTheHeadersCells(name, text(files, name)));
        var roster = text(files, "roster.csv");
        assertThat(roster).contains("Ana Holder", anaCode, "Ben Revoked", "Cy Reissued", cyCode, cyNew);
        assertThat(roster).doesNotContain("Dora Earlier").doesNotContain(doraCode);
        assertThat(roster).contains(fixtures.emailOf(ana));
        var certificatesCsv = text(files, "certificates.csv");
        assertThat(certificatesCsv).contains(benCode + ",revoked").contains("\"'=HYPERLINK(\"\"http://evil.example");
        assertThat(certificatesCsv).contains(cyCode + ",superseded").contains(cyNew);
        var events = text(files, "certificate-events.csv");
        assertThat(events).contains(benCode + ",").contains(",revoked," + ADMIN);
        assertThat(events).contains(cyCode + ",").contains(",superseded,").contains(",reissued,");
        assertThat(text(files, "attempts.csv"))
                .contains(fixtures.emailOf(ana) + "," + course.module() + ",1,submitted");
        assertThat(text(files, "evaluations.csv"))
                .contains(fixtures.emailOf(ana))
                .contains("Slow down.");
        assertThat(text(files, "evaluation-summary.csv"))
                .contains("objectives,rating")
                .contains(",5.00,");
        assertThat(anaRead).isPositive();
        assertThat(text(files, "time-on-task.csv").lines())
                .contains("Ana Holder," + fixtures.emailOf(ana) + ",(all modules),"
                        + String.format(java.util.Locale.ROOT, "%.1f", anaRead / 60.0))
                .contains("Ben Revoked," + fixtures.emailOf(ben) + ",(all modules),0.0");
        assertThat(text(files, "disclosures.txt")).contains("Conflicts of interest: not disclosed");
        assertThat(files).containsKey("content/" + course.module() + "/revision-1/module.yaml");
        assertThat(files.keySet())
                .anyMatch(name -> name.startsWith("content/" + course.module() + "/revision-1/lessons/"));
    }

    @Test
    void aRevisionFromBeforeRevisionsKeptTheirTextIsMarkedHashOnlyAndTheNextIsThereWordForWord() throws Exception {
        var course = fixtures.course("auto");
        tx.begin();
        em.createNativeQuery("DELETE FROM module_revision_file WHERE revision_id IN (SELECT r.id FROM module_revision r"
                        + " JOIN course_module m ON m.id = r.module_id WHERE m.slug = ?1)")
                .setParameter(1, course.module())
                .executeUpdate();
        tx.commit();
        var lesson = Files.list(course.root().resolve(course.module()).resolve("lessons"))
                .sorted()
                .findFirst()
                .orElseThrow();
        Files.writeString(lesson, Files.readString(lesson) + "\nA sentence added in the second revision.\n");
        importer.importFrom(course.root());

        var files = download(built(course.slug()));

        var hashOnly = text(files, "content/" + course.module() + "/revision-1-HASH-ONLY.txt");
        assertThat(hashOnly).contains("before Attune kept the full text").containsPattern("[0-9a-f]{64}");
        assertThat(files.keySet()).noneMatch(name -> name.startsWith("content/" + course.module() + "/revision-1/"));
        assertThat(files.entrySet())
                .anyMatch(e -> e.getKey().startsWith("content/" + course.module() + "/revision-2/lessons/")
                        && new String(e.getValue(), StandardCharsets.UTF_8)
                                .contains("A sentence added in the second revision."));
        assertThat(text(files, "content/revisions.csv"))
                .contains(course.module() + ",1,")
                .contains("hash only")
                .contains(course.module() + ",2,");
    }

    @Test
    void askingTwiceForTheSamePackGivesOnePackAndItIsBuiltOnce() throws Exception {
        var course = fixtures.course("auto");
        fixtures.completedLearner(course, "Eve Twice");
        var range = new AuditRange(course.slug(), TODAY.minusDays(30), TODAY);

        var first = packs.request(range, ADMIN);
        var second = packs.request(range, "other-admin@example.org");
        var ready = await(first.getId());
        var third = packs.request(range, ADMIN);

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(third.getId()).isEqualTo(first.getId());
        assertThat(ready.getBuilds()).isEqualTo(1);
        assertThat(em.createQuery("select count(p) from AuditPack p where p.courseSlug = :c", Long.class)
                        .setParameter("c", course.slug())
                        .getSingleResult())
                .isEqualTo(1L);
    }

    @Test
    void aPackWhoseServerDiedMidBuildIsBuiltAfreshByTheSweep() throws Exception {
        var course = fixtures.course("auto");
        fixtures.completedLearner(course, "Finn Failover");
        tx.begin();
        em.createNativeQuery("INSERT INTO audit_pack (course_slug, range_from, range_to, requested_by, requested_at,"
                        + " state, step, done, total, claimed_by, claim_until, builds, version) VALUES (?1, ?2, ?3,"
                        + " ?4, CURRENT_TIMESTAMP, 'BUILDING', 'Roster', 3, 10, 'dead-node/1234',"
                        + " CURRENT_TIMESTAMP - INTERVAL '5' MINUTE, 1, 0)")
                .setParameter(1, course.slug())
                .setParameter(2, TODAY.minusDays(1))
                .setParameter(3, TODAY)
                .setParameter(4, ADMIN)
                .executeUpdate();
        tx.commit();
        long id = em.createQuery("select p.id from AuditPack p where p.courseSlug = :c", Long.class)
                .setParameter("c", course.slug())
                .getSingleResult();

        var ready = await(id);

        assertThat(ready.getBuilds()).isEqualTo(2);
        assertThat(text(download(ready), "roster.csv")).contains("Finn Failover");
    }

    @Test
    void aPackThatDoesNotExistIsA404ThatSaysSo() throws Exception {
        var missing = Clinicians.signedInAdmin(accounts, app).getBytes("api/admin/audit-packs/999999999.zip");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("There is no audit pack 999999999.");
    }

    private AuditPack built(String courseSlug) throws Exception {
        var pack = packs.request(new AuditRange(courseSlug, TODAY.minusDays(30), TODAY), ADMIN);
        return await(pack.getId());
    }

    /** Waits for the server to finish the pack (no time is asserted: a slow machine only waits longer). */
    private AuditPack await(long id) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < until) {
            var pack = packs.find(id).orElseThrow();
            if (pack.getState() == AuditPack.State.READY) {
                return pack;
            }
            assertThat(pack.getState()).as(pack.getError()).isNotEqualTo(AuditPack.State.FAILED);
            Thread.sleep(200);
        }
        throw new AssertionError("Audit pack " + id + " was not built within 3 minutes");
    }

    private Map<String, byte[]> download(AuditPack pack) throws Exception {
        var response =
                Clinicians.signedInAdmin(accounts, app).getBytes("api/admin/audit-packs/" + pack.getId() + ".zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(sha256(response.body())).isEqualTo(pack.getSha256());
        var files = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private record Run(int exitCode, String output) {}

    /** What an auditor types in the unpacked pack's folder: OpenSSL checks manifest.sig against issuer-key.pem. */
    private static Run verify(Path folder) throws IOException, InterruptedException {
        var process = new ProcessBuilder(
                        "openssl",
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        "issuer-key.pem",
                        "-rawin",
                        "-in",
                        "manifest.json",
                        "-sigfile",
                        "manifest.sig")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    /** Runs OpenSSL, as an auditor would, on the pack's files written to a folder. */
    private static String openssl(Map<String, byte[]> files) throws IOException, InterruptedException {
        var folder = Files.createTempDirectory("audit-pack");
        for (var name : new String[] {"manifest.json", "manifest.sig", "issuer-key.pem"}) {
            Files.write(folder.resolve(name), files.get(name));
        }
        var verified = verify(folder);
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        Files.write(
                folder.resolve("manifest.json"),
                (new String(files.get("manifest.json"), StandardCharsets.UTF_8).replace("\"bytes\"", "\"bytes\" "))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(verify(folder).exitCode())
                .as("a changed manifest is refused")
                .isNotZero();
        return verified.output();
    }

    private static JsonObject json(byte[] bytes) {
        try (var reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    /** What a spreadsheet shows: a row with more cells than the header has a column nobody can name. */
    private static void assertEveryRowHasTheHeadersCells(String name, String csv) {
        var rows = cellsPerRow(csv);
        assertThat(rows).as(name).isNotEmpty();
        int header = rows.get(0);
        assertThat(rows)
                .as(name + ": cells per row")
                .allSatisfy(cells -> assertThat(cells).isEqualTo(header));
    }

    /** The number of cells of each row (RFC 4180: a quoted cell may hold commas, doubled quotes and line breaks). */
    private static List<Integer> cellsPerRow(String csv) {
        var rows = new ArrayList<Integer>();
        int cells = 1;
        boolean quoted = false;
        for (char c : csv.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells++;
            } else if (c == '\n' && !quoted) {
                rows.add(cells);
                cells = 1;
            }
        }
        rows.add(cells);
        return rows;
    }

    private static String text(Map<String, byte[]> files, String name) {
        assertThat(files).containsKey(name);
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
