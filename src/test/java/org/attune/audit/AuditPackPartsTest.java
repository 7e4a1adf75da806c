package org.attune.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.attune.content.CourseDefinition.EvaluationQuestion;
import org.junit.jupiter.api.Test;

/** The pure parts of a pack: CSV cells, the hashing zip, the manifest, live revisions, the evaluation summary. */
class AuditPackPartsTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(Csv.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.cell("+1 555")).isEqualTo("'+1 555");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell(-2)).as("a number the pack wrote itself").isEqualTo("-2");
        assertThat(Csv.cell("Ana, \"the\" learner")).isEqualTo("\"Ana, \"\"the\"\" learner\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.row("a", 1, null)).isEqualTo("a,1,\r\n");
    }

    @Test
    void theManifestListsEachEntrysSha256AndItsSignatureVerifiesOverItsExactBytes() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        List<HashingZip.File> files;
        try (var zip = new HashingZip(bytes)) {
            zip.text("roster.csv", "learner\r\nAna\r\n");
            zip.text("content/m/revision-1/module.yaml", "slug: m\n");
            files = zip.files();
            zip.unlisted("manifest.json", new byte[] {'{', '}'});
        }
        assertThat(files)
                .extracting(HashingZip.File::path, HashingZip.File::bytes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("roster.csv", 14L),
                        org.assertj.core.groups.Tuple.tuple("content/m/revision-1/module.yaml", 8L));
        var unzipped = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                unzipped.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(unzipped).containsOnlyKeys("roster.csv", "content/m/revision-1/module.yaml", "manifest.json");
        assertThat(files.get(0).sha256())
                .isEqualTo(HexFormat.of().formatHex(HashingZip.sha256().digest(unzipped.get("roster.csv"))));

        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var manifest = new Manifest(
                        new AuditRange("course-a", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1)),
                        "Course A",
                        "admin@example.org",
                        Instant.parse("2026-12-02T06:00:00Z"),
                        4,
                        "ATTUNE_RECORDS_YEARS",
                        "did:web:ce.example.org#key-1",
                        "z6Mk",
                        files)
                .json();
        var text = new String(manifest, StandardCharsets.UTF_8);
        assertThat(text).contains("\"sha256\": \"" + files.get(0).sha256() + "\"", "did:web:ce.example.org#key-1");
        var signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(manifest);
        var signature = signer.sign();
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(manifest);
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(Manifest.pem(pair.getPublic()))
                .startsWith("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA")
                .endsWith("-----END PUBLIC KEY-----\n");
    }

    @Test
    void aRevisionIsLiveFromItsPublicationUntilTheNextAndOnlyThoseLiveInTheRangeCount() {
        record R(int n, Instant at) {}
        var r1 = new R(1, Instant.parse("2025-01-01T00:00:00Z"));
        var r2 = new R(2, Instant.parse("2026-03-01T00:00:00Z"));
        var r3 = new R(3, Instant.parse("2026-06-01T00:00:00Z"));
        var all = List.of(r3, r1, r2);

        var live = LiveRevisions.within(
                all, R::at, Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        var later = LiveRevisions.within(
                all, R::at, Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-08-01T00:00:00Z"));
        var before = LiveRevisions.within(
                all, R::at, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-12-31T00:00:00Z"));

        assertThat(live).extracting(s -> s.revision().n()).containsExactly(1, 2);
        assertThat(live.get(0).until()).isEqualTo(r2.at());
        assertThat(later).extracting(s -> s.revision().n()).containsExactly(3);
        assertThat(later.get(0).until()).isNull();
        assertThat(before).isEmpty();
    }

    @Test
    void theEvaluationSummaryCountsEachRatingAndTheTextAnswersAndSkipsWhatItCannotRead() {
        var tally = new EvaluationTally(List.of(
                new EvaluationQuestion("objectives", EvaluationQuestion.Kind.RATING, "Met its objectives"),
                new EvaluationQuestion("change", EvaluationQuestion.Kind.TEXT, "What will you change?")));
        tally.add("{\"objectives\":\"5\",\"change\":\"Slow down.\"}");
        tally.add("{\"objectives\":\"4\",\"change\":\"\"}");
        tally.add("{\"objectives\":\"nine\"}");
        tally.add("not json");

        assertThat(tally.rows())
                .containsExactly(
                        "question,kind,prompt,answered,average,rated_1,rated_2,rated_3,rated_4,rated_5\r\n",
                        "objectives,rating,Met its objectives,2,4.50,0,0,0,1,1\r\n",
                        "change,text,What will you change?,1,,,,,,\r\n",
                        "(all),evaluations,Evaluations submitted in the range,4,,,,,,\r\n",
                        "(unreadable),,Answers that could not be read as given,2,,,,,,\r\n");
    }

    @Test
    void theRosterNamesEachApprovalsCreditsAndACertificateUnderNoneShowsNone() {
        var approvals = List.of(
                new org.attune.certificate.CertificateApproval(
                        "apa",
                        "American Psychological Association",
                        "APA-77",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        "Home study",
                        new java.math.BigDecimal("1.5"),
                        "Approved."),
                new org.attune.certificate.CertificateApproval(
                        "nbcc",
                        "NBCC",
                        "7001",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        null,
                        new java.math.BigDecimal("1.25"),
                        "Approved."));
        var with = snapshot(approvals);
        var without = snapshot(List.of());

        assertThat(Credits.of(with))
                .isEqualTo("American Psychological Association 1.50 (approval APA-77); NBCC 1.25 (approval 7001)");
        assertThat(Credits.of(without)).isEmpty();
    }

    private static org.attune.certificate.Snapshot snapshot(
            List<org.attune.certificate.CertificateApproval> approvals) {
        return new org.attune.certificate.Snapshot(
                "course",
                "Ana",
                null,
                null,
                "Course",
                new java.math.BigDecimal("1.5"),
                LocalDate.of(2026, 6, 1),
                "Provider",
                "Statement",
                "Issuer",
                "https://x/verify/A",
                null,
                approvals,
                List.of("general"),
                90);
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedAndItsEndIsTheDayAfterItsLastDay() {
        assertThatThrownBy(() -> new AuditRange("c", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .hasMessage("The last day comes before the first.");
        var range = new AuditRange("c", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertThat(range.end()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(range.fileName()).isEqualTo("audit-pack-c-2026-01-01-to-2026-01-31.zip");
    }
}
