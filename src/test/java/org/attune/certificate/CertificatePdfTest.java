package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.attune.web.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificatePdfTest {

    private static final String CODE = "7KQ2-M9XD-4TRE-HW3P";
    private static final Snapshot SNAPSHOT = new Snapshot(
            "attachment-attunement-trauma",
            "Zoë Łukasiewicz-Ngũgĩ",
            "Licence LCSW 12345",
            "Licensed clinical social worker",
            "Attachment, Attunement and Trauma-Informed Care",
            new BigDecimal("3.75"),
            LocalDate.of(2026, 11, 23),
            "Attune Continuing Education",
            "Attune Continuing Education maintains responsibility for this program and its content.",
            "Attune Continuing Education",
            "https://attune.example.org/verify/" + CODE,
            "Foundations of attachment, revision 2; Attunement in the room, revision 1");

    @Test
    void thePdfPrintsEveryFieldABoardLooksFor() throws Exception {
        var pdf = CertificatePdf.render(SNAPSHOT, CODE, LocalDate.of(2026, 11, 24));

        try (var document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Certificate of Completion")
                    .contains("Zoë Łukasiewicz-Ngũgĩ")
                    .contains("Licensed clinical social worker")
                    .contains("Licence LCSW 12345")
                    .contains("Attachment, Attunement and Trauma-Informed Care")
                    .contains("3.75 continuing-education hours")
                    .contains("completed 23 November 2026")
                    .contains("maintains responsibility for this program")
                    .contains("Issued by Attune Continuing Education on 24 November 2026")
                    .contains(CODE)
                    .contains("Content completed: Foundations of attachment, revision 2")
                    .contains(SNAPSHOT.verifyUrl());
            assertThat(document.getDocumentInformation().getTitle()).contains("Zoë Łukasiewicz-Ngũgĩ");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void aCertificateInSpanishPrintsItsFixedTextAndDatesInSpanishAndTheStatementAsTheBodyWroteIt() throws Exception {
        var spanish = SNAPSHOT.in(Texts.SPANISH);
        assertThat(spanish.language()).isEqualTo("es-US");
        var pdf = CertificatePdf.render(spanish, CODE, LocalDate.of(2026, 12, 2));

        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Certificado de finalización")
                    .contains("Se certifica que")
                    .contains("completó el curso de educación continua")
                    .contains("3.75 horas de educación continua")
                    .contains("completado el 23 de noviembre de 2026")
                    .contains("Emitido por Attune Continuing Education el 2 de diciembre de 2026")
                    .contains("Certificado " + CODE)
                    .contains("Verifíquelo en " + SNAPSHOT.verifyUrl())
                    .contains("Contenido completado: Foundations of attachment, revision 2")
                    .contains("maintains responsibility for this program and its content.")
                    .doesNotContain("This certifies that")
                    .doesNotContain("Certificate of Completion");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es-US");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Certificado de finalización: ");
        }
    }

    @Test
    void aCertificateRecordedInEnglishIsTheSameFileAsOneMadeBeforeItRecordedALanguage() {
        assertThat(SNAPSHOT.language()).isEqualTo("en");
        assertThat(CertificatePdf.render(SNAPSHOT.in(Texts.ENGLISH), CODE, LocalDate.of(2026, 11, 24)))
                .isEqualTo(CertificatePdf.render(SNAPSHOT, CODE, LocalDate.of(2026, 11, 24)));
    }

    @Test
    void everyFaceTheFixedTextUsesDrawsSpanishAccentsAndMarks() throws Exception {
        for (var face : CertificateFonts.Face.values()) {
            var font = CertificateFonts.of(face);
            for (int c : "áéíóúüñÁÉÍÓÚÜÑ¿¡º·".codePoints().toArray()) {
                assertThat(font.getUnicodeCmapLookup().getGlyphId(c))
                        .as("%s draws %s", face, Character.toString(c))
                        .isPositive();
            }
        }
    }

    @Test
    void aCertificateUnderTwoApprovalsPrintsEachBodysStatementFieldsAndCredits() throws Exception {
        var pdf = CertificatePdf.render(
                TestApprovals.withApprovals(SNAPSHOT, TestApprovals.twoPrinted()), CODE, LocalDate.of(2026, 11, 24));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("American Psychological Association: 3.5 credits · approval no. APA-TEST-1 · approved"
                            + " 1 January 2026 to 31 December 2027 · format: home study")
                    .contains("Attune Continuing Education is approved by the American Psychological Association to"
                            + " sponsor continuing education for psychologists. Attune Continuing Education maintains"
                            + " responsibility for this program and its content.")
                    .contains("(ACE) program: 3.75 credits · approval no. ACE-TEST-2")
                    .contains("Attune Continuing Education, provider #ACE-TEST-2, is approved as an ACE provider")
                    .contains("ACE provider approval period: 2026-01-01 to 2027-12-31. Course format: home study.")
                    .contains("Licence LCSW 12345")
                    .contains("Content completed: Foundations of attachment, revision 2")
                    .contains("Issued by Attune Continuing Education on 24 November 2026");
        }
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        var pdf = CertificatePdf.render(SNAPSHOT, CODE, LocalDate.of(2026, 11, 24));

        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(SNAPSHOT.verifyUrl());
        }
    }

    @Test
    void theSameCertificateAlwaysGivesTheSameFile() {
        assertThat(CertificatePdf.render(SNAPSHOT, CODE, LocalDate.of(2026, 11, 24)))
                .isEqualTo(CertificatePdf.render(SNAPSHOT, CODE, LocalDate.of(2026, 11, 24)));
    }

    @Test
    void withoutLicenceOrProfessionThereIsNoEmptyLine() throws Exception {
        var plain = new Snapshot(
                SNAPSHOT.courseSlug(),
                "Sam Okafor",
                null,
                null,
                SNAPSHOT.courseTitle(),
                SNAPSHOT.ceHours(),
                SNAPSHOT.completedOn(),
                SNAPSHOT.provider(),
                SNAPSHOT.approvalStatement(),
                SNAPSHOT.issuer(),
                SNAPSHOT.verifyUrl(),
                null);

        try (var document = Loader.loadPDF(CertificatePdf.render(plain, CODE, LocalDate.of(2026, 11, 24)))) {
            assertThat(new PDFTextStripper().getText(document))
                    .doesNotContain("Licence")
                    .doesNotContain("null");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Zoë O'Brien-Ñúñez",
                "Nguyễn Thị Minh Khai",
                "Σοφία Παπαδοπούλου",
                "Дмитрий Иванов",
                "Անի Պետրոսյան",
                "ნინო ბერიძე",
                "张伟",
                "山田太郎",
                "山田 はなこ",
                "김민준",
                "Ana 张伟",
                "Ana Lima 张伟 김민준 Σοφία"
            })
    void aNameInAnyScriptTheCertificateSupportsPrintsAsTyped(String name) throws Exception {
        try (var document = Loader.loadPDF(CertificatePdf.render(named(name), CODE, LocalDate.of(2026, 11, 24)))) {
            assertThat(new PDFTextStripper().getText(document)).contains(name);
            assertThat(fonts(document))
                    .as("every font is embedded as a subset of the glyphs drawn")
                    .allSatisfy(font -> assertThat(font.getName()).matches("[A-Z]{6}\\+.*"));
        }
    }

    @Test
    void hanCharactersPrintInTheBoldSerifOfTheNamesLanguage() throws Exception {
        assertThat(fontNames("张伟")).anySatisfy(n -> assertThat(n).contains("NotoSerifSC-Bold"));
        assertThat(fontNames("山田 はなこ"))
                .as("kana make it Japanese")
                .anySatisfy(n -> assertThat(n).contains("NotoSerifJP-Bold"))
                .noneSatisfy(n -> assertThat(n).contains("NotoSerifSC"));
        assertThat(fontNames("김민준")).anySatisfy(n -> assertThat(n).contains("NotoSerifKR-Bold"));
        assertThat(fontNames("Zoë O'Brien-Ñúñez"))
                .as("a Latin name embeds no Chinese, Japanese or Korean font")
                .noneSatisfy(n -> assertThat(n).contains("Noto"));
    }

    @Test
    void aStoredNameWithATabAnEmojiOrAnUnsupportedScriptStillPrintsWithAReplacementMark() throws Exception {
        for (var stored : new String[] {"Ana\tLima 😀", "Ana\nLima محمد", "Ana\u0000Lima 👩‍⚕️", "Ana Lima\u200D"}) {
            try (var document =
                    Loader.loadPDF(CertificatePdf.render(named(stored), CODE, LocalDate.of(2026, 11, 24)))) {
                var text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Ana Lima").contains("Certificate of Completion");
            }
        }
        try (var document =
                Loader.loadPDF(CertificatePdf.render(named("Ana محمد Lima"), CODE, LocalDate.of(2026, 11, 24)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ana \uFFFD Lima");
        }
    }

    @Test
    void aNameTooLongForTheLineIsSetSmallerToFitThePage() throws Exception {
        var name = "Maria da Conceição Aparecida dos Santos Figueiredo Vasconcelos de Albuquerque";
        try (var document = Loader.loadPDF(CertificatePdf.render(named(name), CODE, LocalDate.of(2026, 11, 24)))) {
            var positions = new ArrayList<Float>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    if (text.contains("Maria")) {
                        glyphs.forEach(g -> positions.add(g.getXDirAdj()));
                        positions.add(glyphs.get(glyphs.size() - 1).getXDirAdj()
                                + glyphs.get(glyphs.size() - 1).getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
            var width = document.getPage(0).getMediaBox().getWidth();
            assertThat(positions).isNotEmpty().allSatisfy(x -> assertThat(x).isBetween(72f, width - 72f));
        }
    }

    @Test
    void certificatesDrawnAtOnceOnSeveralThreadsAreTheSameAsOnesDrawnAlone() throws Exception {
        var names = List.of("张伟", "山田 はなこ", "김민준", "Zoë O'Brien-Ñúñez");
        var alone = new ArrayList<byte[]>();
        for (var name : names) {
            alone.add(CertificatePdf.render(named(name), CODE, LocalDate.of(2026, 11, 24)));
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            var drawn = new ArrayList<Future<byte[]>>();
            for (int i = 0; i < 40; i++) {
                var name = names.get(i % names.size());
                drawn.add(pool.submit(() -> CertificatePdf.render(named(name), CODE, LocalDate.of(2026, 11, 24))));
            }
            for (int i = 0; i < drawn.size(); i++) {
                assertThat(drawn.get(i).get()).isEqualTo(alone.get(i % names.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Snapshot named(String name) {
        return new Snapshot(
                SNAPSHOT.courseSlug(),
                name,
                SNAPSHOT.licences(),
                SNAPSHOT.profession(),
                SNAPSHOT.courseTitle(),
                SNAPSHOT.ceHours(),
                SNAPSHOT.completedOn(),
                SNAPSHOT.provider(),
                SNAPSHOT.approvalStatement(),
                SNAPSHOT.issuer(),
                SNAPSHOT.verifyUrl(),
                SNAPSHOT.contentRevisions());
    }

    private static List<String> fontNames(String name) throws Exception {
        try (var document = Loader.loadPDF(CertificatePdf.render(named(name), CODE, LocalDate.of(2026, 11, 24)))) {
            return fonts(document).stream().map(PDFont::getName).toList();
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws Exception {
        var resources = document.getPage(0).getResources();
        var fonts = new ArrayList<PDFont>();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
