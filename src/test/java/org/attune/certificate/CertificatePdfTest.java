package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final String CODE = "7KQ2-M9XD-4TRE-HW3P";
    private static final Snapshot SNAPSHOT = new Snapshot(
            "attachment-attunement-trauma",
            "Zoë Łukasiewicz-Ngũgĩ",
            "LCSW 12345",
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
}
