package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A certificate PDF as a screen reader meets it: PDF/UA-1 (checked by veraPDF) and its structure's reading order. */
class CertificateAccessibilityTest {

    private static final String CODE = "7KQ2-M9XD-4TRE-HW3P";
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 24);
    private static final byte[] CREDENTIAL =
            "{\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aCertificateWithALatinNameIsPdfUa() throws Exception {
        assertPdfUa(
                CertificatePdf.render(named("Zoë Łukasiewicz-Ngũgĩ", SNAPSHOT().courseTitle()), CODE, ISSUED));
    }

    @Test
    void aCertificateUnderTwoApprovalsIsPdfUa() throws Exception {
        assertPdfUa(CertificatePdf.render(
                TestApprovals.withApprovals(SNAPSHOT(), TestApprovals.twoPrinted()), CODE, ISSUED));
    }

    @Test
    void aCertificateWithANameInChineseCyrillicAndGreekIsPdfUa() throws Exception {
        assertPdfUa(CertificatePdf.render(named("张伟 Наталья Σοφία", SNAPSHOT().courseTitle()), CODE, ISSUED));
    }

    @Test
    void aCertificateWithAVeryLongNameAndTitleIsPdfUa() throws Exception {
        assertPdfUa(CertificatePdf.render(
                named(
                        "Maria da Conceição Aparecida dos Santos Figueiredo Vasconcelos de Albuquerque",
                        "Attachment, Attunement and Trauma-Informed Care for Children, Adolescents, Couples and"
                                + " Families in Community and Private Practice Settings"),
                CODE,
                ISSUED));
    }

    @Test
    void aCertificateWithAReplacementMarkIsPdfUa() throws Exception {
        assertPdfUa(CertificatePdf.render(named("Ana محمد Lima 😀", SNAPSHOT().courseTitle()), CODE, ISSUED));
    }

    @Test
    void aCertificateWithItsCredentialAttachedIsPdfUa() throws Exception {
        assertPdfUa(CertificatePdf.render(SNAPSHOT(), CODE, ISSUED, CREDENTIAL));
    }

    @Test
    void theAttachedCredentialReadsBackAsItWasGiven() throws Exception {
        var pdf = CertificatePdf.render(SNAPSHOT(), CODE, ISSUED, CREDENTIAL);

        assertThat(CertificatePdf.attachedCredential(pdf)).hasValue(CREDENTIAL);
        assertThat(CertificatePdf.attachedCredential(CertificatePdf.render(SNAPSHOT(), CODE, ISSUED)))
                .isEmpty();
        assertThat(CertificatePdf.render(SNAPSHOT(), CODE, ISSUED, CREDENTIAL)).isEqualTo(pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var files =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            var spec = files.get("attune-certificate-" + CODE + ".credential.json");
            assertThat(spec.getFilename()).isEqualTo("attune-certificate-" + CODE + ".credential.json");
            assertThat(spec.getFileUnicode()).isEqualTo(spec.getFilename());
            assertThat(spec.getFileDescription())
                    .isEqualTo("Open Badges 3.0 verifiable credential of certificate " + CODE);
            assertThat(spec.getEmbeddedFile().getSize()).isEqualTo(CREDENTIAL.length);
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
        }
    }

    @Test
    void aScreenReaderReadsTheCertificateInTheOrderItIsLaidOut() throws Exception {
        var s = SNAPSHOT();
        var paragraphs = readingOrder(CertificatePdf.render(s, CODE, ISSUED, CREDENTIAL));

        assertThat(paragraphs)
                .containsExactly(
                        "P: ATTUNE CONTINUING EDUCATION",
                        "H1: Certificate of Completion",
                        "P: This certifies that",
                        "P: Zoë Łukasiewicz-Ngũgĩ",
                        "P: Licensed clinical social worker  ·  Licence LCSW 12345",
                        "P: has completed the continuing-education course",
                        "P: Attachment, Attunement and Trauma-Informed Care",
                        "P: 3.75 continuing-education hours  ·  completed 23 November 2026",
                        "P: " + s.approvalStatement(),
                        "P: Content completed: " + s.contentRevisions(),
                        "P: Issued by Attune Continuing Education on 24 November 2026",
                        "P: Certificate " + CODE,
                        "P: Verify at " + s.verifyUrl(),
                        "Figure: QR code linking to the verification page: " + s.verifyUrl());
    }

    /** Each structure element under Document: its type and its text (its marked content's, lines joined). */
    private static List<String> readingOrder(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).as("the structure tree").isNotNull();
            var extractor = new PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(0));
            Map<Integer, String> texts = new TreeMap<>();
            for (var content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    // As a reader does: PDFBox sets "fi" with DejaVu's ligature glyph, which maps back to U+FB01.
                    texts.put(content.getMCID(), Normalizer.normalize(text(content), Normalizer.Form.NFKC));
                }
            }
            var elements = new ArrayList<String>();
            var body = (PDStructureElement) root.getKids().get(0);
            assertThat(body.getStructureType()).isEqualTo("Document");
            for (var kid : body.getKids()) {
                var element = (PDStructureElement) kid;
                if (element.getStructureType().equals("Figure")) {
                    elements.add("Figure: " + element.getAlternateDescription());
                    continue;
                }
                var mcids = element.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray array
                        ? array.toList().stream()
                                .map(k -> ((COSInteger) k).intValue())
                                .toList()
                        : List.<Integer>of();
                elements.add(element.getStructureType() + ": "
                        + mcids.stream().map(texts::get).collect(Collectors.joining(" ")));
            }
            return elements;
        }
    }

    private static String text(PDMarkedContent content) {
        var out = new StringBuilder();
        for (var item : content.getContents()) {
            if (item instanceof TextPosition glyph) {
                out.append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                out.append(nested.getActualText() != null ? nested.getActualText() : text(nested));
            }
        }
        return out.toString();
    }

    /** Fails listing every PDF/UA-1 rule the PDF breaks: clause, test number, description. */
    private static void assertPdfUa(byte[] pdf) throws Exception {
        var result = validate(pdf);
        var failed = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct()
                .toList();
        assertThat(failed).as("PDF/UA-1 rules failed").isEmpty();
        assertThat(result.getTotalAssertions()).as("checks veraPDF made").isPositive();
        assertThat(result.isCompliant()).isTrue();
    }

    static ValidationResult validate(byte[] pdf) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            return validator.validate(parser);
        }
    }

    private static Snapshot SNAPSHOT() {
        return named("Zoë Łukasiewicz-Ngũgĩ", "Attachment, Attunement and Trauma-Informed Care");
    }

    private static Snapshot named(String name, String title) {
        return new Snapshot(
                "attachment-attunement-trauma",
                name,
                "Licence LCSW 12345",
                "Licensed clinical social worker",
                title,
                new java.math.BigDecimal("3.75"),
                LocalDate.of(2026, 11, 23),
                "Attune Continuing Education",
                "Attune Continuing Education maintains responsibility for this program and its content.",
                "Attune Continuing Education",
                "https://attune.example.org/verify/" + CODE,
                "Foundations of attachment, revision 2; Attunement in the room, revision 1");
    }
}
