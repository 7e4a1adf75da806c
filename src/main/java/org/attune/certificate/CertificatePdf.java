package org.attune.certificate;

import static org.attune.certificate.CertificateFonts.Face.SANS;
import static org.attune.certificate.CertificateFonts.Face.SERIF;
import static org.attune.certificate.CertificateFonts.Face.SERIF_BOLD;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.attune.web.Texts;
import org.attune.web.WrittenDates;

/**
 * Draws a certificate as a one-page landscape PDF (US Letter) with PDFBox: the learner, the course, the hours, the
 * date, the provider's approval statement, the code and a QR code (ZXing) that opens the public verification page.
 * Names print in Latin, Greek, Cyrillic, Armenian, Georgian, Chinese, Japanese and Korean, mixed as they come
 * ({@link Lettering} picks the font of each character), and whatever a stored text holds, the certificate draws.
 * The fixed text and the dates are in the language the snapshot records ({@code pdf.*} in the messages bundle); the
 * approval statements print verbatim, as the approving body words them, and are tagged as English.
 * The same certificate always gives the same bytes: nothing in the file depends on when or where it is drawn.
 */
public final class CertificatePdf {

    private static final float WIDTH = PDRectangle.LETTER.getHeight();
    private static final float HEIGHT = PDRectangle.LETTER.getWidth();
    /** The widest a centred line may be: inside the frame, with a margin like the text's own. */
    private static final float LINE = WIDTH - 2 * 72;

    private static final float[] INK = {0.12f, 0.16f, 0.22f};
    private static final float[] ACCENT = {0.06f, 0.37f, 0.45f};
    private static final float[] MUTED = {0.29f, 0.33f, 0.39f};

    private CertificatePdf() {}

    /**
     * The certificate's PDF, in the layout it was made with. Refused (IllegalStateException) for a template version
     * this version of Attune does not draw: an old certificate is never redrawn in another layout.
     */
    public static byte[] render(Certificate certificate) {
        return render(certificate, null);
    }

    /**
     * The certificate's PDF with its Open Badges credential attached (a file attachment named
     * {@code attune-certificate-<CODE>.credential.json}), so that one file carries both; none when it is null.
     * Refused as {@link #render(Certificate)} is.
     */
    public static byte[] render(Certificate certificate, byte[] credentialJson) {
        if (certificate.getTemplateVersion() != Certificate.TEMPLATE_VERSION) {
            throw new IllegalStateException("Certificate " + certificate.getCode() + " was made with template version "
                    + certificate.getTemplateVersion() + ", which this version of Attune cannot draw");
        }
        return render(
                certificate.snapshot(),
                certificate.getCode(),
                certificate.getIssuedAt() == null
                        ? certificate.getRequestedAt().atZone(ZoneOffset.UTC).toLocalDate()
                        : certificate.getIssuedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                credentialJson);
    }

    /** The credential attached to a certificate PDF by {@link #render(Certificate, byte[])}, if it has one. */
    public static Optional<byte[]> attachedCredential(byte[] pdf) {
        return CertificateFile.attachedCredential(pdf);
    }

    static byte[] render(Snapshot s, String code, LocalDate issuedOn) {
        return render(s, code, issuedOn, null);
    }

    static byte[] render(Snapshot s, String code, LocalDate issuedOn, byte[] credentialJson) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            var type = new Lettering(document);
            var locale = s.locale();
            CertificateFile.describe(document, s, code, issuedOn);
            if (credentialJson != null) {
                CertificateFile.attach(document, code, issuedOn, credentialJson);
            }
            var tags = new PageTags(document, page);
            try (var ink = new PDPageContentStream(document, page)) {
                ink.beginMarkedContent(COSName.ARTIFACT);
                frame(ink);
                ink.endMarkedContent();
                tags.paragraph(
                        ink,
                        "P",
                        () -> centred(
                                ink, type.line(SANS, s.provider().toUpperCase(Locale.ROOT)), 11, ACCENT, HEIGHT - 88));
                tags.paragraph(
                        ink,
                        "H1",
                        () -> centred(
                                ink, type.line(SERIF_BOLD, Texts.text(locale, "pdf.title")), 30, INK, HEIGHT - 130));
                tags.paragraph(
                        ink,
                        "P",
                        () -> centred(
                                ink, type.line(SERIF, Texts.text(locale, "pdf.certifies")), 13, MUTED, HEIGHT - 172));
                tags.paragraph(
                        ink, "P", () -> centred(ink, type.line(SERIF_BOLD, s.learnerName()), 26, INK, HEIGHT - 208));
                var credentials = credentials(s);
                if (!credentials.isEmpty()) {
                    tags.paragraph(ink, "P", () -> centred(ink, type.line(SANS, credentials), 11, MUTED, HEIGHT - 230));
                }
                tags.paragraph(
                        ink,
                        "P",
                        () -> centred(
                                ink,
                                type.line(SERIF, Texts.text(locale, "pdf.completedCourse")),
                                13,
                                MUTED,
                                HEIGHT - 262));
                tags.paragraph(
                        ink, "P", () -> centred(ink, type.line(SERIF_BOLD, s.courseTitle()), 18, ACCENT, HEIGHT - 290));
                tags.paragraph(
                        ink,
                        "P",
                        () -> centred(
                                ink,
                                type.line(
                                        SANS,
                                        Texts.text(
                                                locale,
                                                "pdf.hours",
                                                s.ceHours(),
                                                WrittenDates.day(s.completedOn(), locale))),
                                12,
                                INK,
                                HEIGHT - 318));
                statements(ink, tags, type, s);
                tags.paragraph(
                        ink,
                        "P",
                        () -> Lettering.show(
                                ink,
                                type.line(
                                        SANS,
                                        Texts.text(
                                                locale, "pdf.issued", s.issuer(), WrittenDates.day(issuedOn, locale))),
                                10,
                                INK,
                                72,
                                112));
                tags.paragraph(
                        ink,
                        "P",
                        () -> Lettering.show(
                                ink, type.line(SANS, Texts.text(locale, "pdf.code", code)), 10, INK, 72, 96));
                tags.paragraph(
                        ink,
                        "P",
                        () -> Lettering.show(
                                ink,
                                type.line(SANS, Texts.text(locale, "pdf.verify", s.verifyUrl())),
                                8.5f,
                                MUTED,
                                72,
                                81));
                float qrX = WIDTH - 72 - 110;
                var figure = tags.open("Figure");
                figure.setAlternateDescription(Texts.text(locale, "pdf.qr", Lettering.printable(s.verifyUrl())));
                var layout = new PDLayoutAttributeObject();
                layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
                layout.setBBox(new PDRectangle(qrX, 72, 110, 110));
                figure.addAttribute(layout);
                tags.mark(ink, figure, () -> qr(ink, s.verifyUrl(), qrX, 72, 110));
            }
            tags.finish();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be drawn", e);
        }
    }

    /** The lowest a statement line may reach: above the issuer's line. */
    private static final float STATEMENTS_FLOOR = 126;

    /**
     * The approval statements: the course's own when it was issued under no approval, else each approval's, as a
     * line of its figures (body, credits by its rule, number, period, format) and its statement filled in; then the
     * content completed. Set in the largest size from 9.5 points down at which everything fits above the issuer's
     * line, so two or three bodies' statements still fit the one page.
     */
    private static void statements(PDPageContentStream ink, PageTags tags, Lettering type, Snapshot s)
            throws IOException {
        var locale = s.locale();
        var paragraphs = new ArrayList<String>();
        // The statements are the bodies' own words, in their language (English): a screen reader is told so.
        var bodysWords = new ArrayList<Boolean>();
        if (s.approvals().isEmpty()) {
            paragraphs.add(s.approvalStatement());
            bodysWords.add(true);
        }
        for (var approval : s.approvals()) {
            paragraphs.add(approvalLine(approval, locale));
            bodysWords.add(false);
            paragraphs.add(approval.statement());
            bodysWords.add(true);
        }
        if (s.contentRevisions() != null) {
            paragraphs.add(Texts.text(locale, "pdf.contentCompleted", s.contentRevisions()));
            bodysWords.add(false);
        }
        float top = HEIGHT - 352;
        float size = 9.5f;
        List<List<Lettering.Line>> wrapped;
        while (true) {
            float fit = size;
            wrapped = paragraphs.stream()
                    .map(p -> wrap(type, p, fit, WIDTH - 300))
                    .toList();
            var lines = wrapped.stream().mapToInt(List::size).sum();
            if (top - lines * leading(size) - (paragraphs.size() - 1) * 4 >= STATEMENTS_FLOOR || size <= 6) {
                break;
            }
            size -= 0.5f;
        }
        float y = top;
        for (int i = 0; i < wrapped.size(); i++) {
            var paragraph = wrapped.get(i);
            var element = tags.open("P");
            if (bodysWords.get(i) && !Texts.ENGLISH.equals(locale)) {
                element.setLanguage("en");
            }
            for (var line : paragraph) {
                float at = y;
                float fit = size;
                tags.mark(ink, element, () -> Lettering.show(ink, line, fit, MUTED, 72, at));
                y -= leading(size);
            }
            y -= 4;
        }
    }

    private static float leading(float size) {
        return size * 1.36f;
    }

    /** What a body requires beside its statement: its name, the credits by its rule, the number, period and format. */
    static String approvalLine(CertificateApproval approval, Locale locale) {
        var parts = new ArrayList<String>();
        parts.add(Texts.text(locale, "pdf.approval.credits", approval.bodyName(), approval.credits()));
        parts.add(Texts.text(locale, "pdf.approval.number", approval.number()));
        if (approval.validFrom() != null && approval.validTo() != null) {
            parts.add(Texts.text(
                    locale,
                    "pdf.approval.period",
                    WrittenDates.day(approval.validFrom(), locale),
                    WrittenDates.day(approval.validTo(), locale)));
        }
        if (approval.format() != null) {
            parts.add(Texts.text(locale, "pdf.approval.format", approval.format()));
        }
        return String.join("  ·  ", parts);
    }

    private static String credentials(Snapshot s) {
        var parts = new ArrayList<String>();
        if (s.profession() != null) {
            parts.add(s.profession());
        }
        if (s.licences() != null) {
            parts.add(s.licences());
        }
        return String.join("  ·  ", parts);
    }

    private static void frame(PDPageContentStream ink) throws IOException {
        ink.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        ink.setLineWidth(3);
        ink.addRect(36, 36, WIDTH - 72, HEIGHT - 72);
        ink.stroke();
        ink.setLineWidth(0.8f);
        ink.addRect(44, 44, WIDTH - 88, HEIGHT - 88);
        ink.stroke();
    }

    private static void qr(PDPageContentStream ink, String url, float x, float y, float size) throws IOException {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            float cell = size / matrix.getWidth();
            ink.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        ink.addRect(x + column * cell, y + size - (row + 1) * cell, cell, cell);
                    }
                }
            }
            ink.fill();
        } catch (WriterException e) {
            throw new IOException("The QR code could not be made for " + url, e);
        }
    }

    /** A centred line; one too wide for the page (a long name or title) is set smaller until it fits. */
    private static void centred(PDPageContentStream ink, Lettering.Line line, float size, float[] colour, float y)
            throws IOException {
        float fitted = size;
        while (Lettering.width(line, fitted) > LINE && fitted > size / 2) {
            fitted -= 0.5f;
        }
        Lettering.show(ink, line, fitted, colour, (WIDTH - Lettering.width(line, fitted)) / 2, y);
    }

    /** The text in lines no wider than the width, broken between words. */
    private static List<Lettering.Line> wrap(Lettering type, String text, float size, float width) {
        var lines = new ArrayList<Lettering.Line>();
        var line = "";
        for (var word : Lettering.printable(text).split(" +")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (Lettering.width(type.line(SANS, candidate), size) > width && !line.isEmpty()) {
                lines.add(type.line(SANS, line));
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty()) {
            lines.add(type.line(SANS, line));
        }
        return lines;
    }
}
