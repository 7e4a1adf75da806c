package org.attune.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Draws a certificate as a one-page landscape PDF (US Letter) with PDFBox: the learner, the course, the hours, the
 * date, the provider's approval statement, the code and a QR code (ZXing) that opens the public verification page.
 * Fonts (DejaVu) are embedded, so any learner's name prints. The same certificate always gives the same bytes:
 * nothing in the file depends on when or where it is drawn.
 */
public final class CertificatePdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final float WIDTH = PDRectangle.LETTER.getHeight();
    private static final float HEIGHT = PDRectangle.LETTER.getWidth();
    private static final float[] INK = {0.12f, 0.16f, 0.22f};
    private static final float[] ACCENT = {0.06f, 0.37f, 0.45f};
    private static final float[] MUTED = {0.29f, 0.33f, 0.39f};

    private CertificatePdf() {}

    public static byte[] render(Certificate certificate) {
        return render(
                certificate.snapshot(),
                certificate.getCode(),
                certificate.getIssuedAt() == null
                        ? certificate.getRequestedAt().atZone(ZoneOffset.UTC).toLocalDate()
                        : certificate.getIssuedAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    static byte[] render(Snapshot s, String code, java.time.LocalDate issuedOn) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            var serif = font(document, "DejaVuSerif.ttf");
            var serifBold = font(document, "DejaVuSerif-Bold.ttf");
            var sans = font(document, "DejaVuSans.ttf");
            describe(document, s, code, issuedOn);
            try (var ink = new PDPageContentStream(document, page)) {
                frame(ink);
                centred(ink, sans, 11, ACCENT, s.provider().toUpperCase(Locale.ROOT), HEIGHT - 88);
                centred(ink, serifBold, 30, INK, "Certificate of Completion", HEIGHT - 130);
                centred(ink, serif, 13, MUTED, "This certifies that", HEIGHT - 172);
                centred(ink, serifBold, 26, INK, s.learnerName(), HEIGHT - 208);
                var credentials = credentials(s);
                if (!credentials.isEmpty()) {
                    centred(ink, sans, 11, MUTED, credentials, HEIGHT - 230);
                }
                centred(ink, serif, 13, MUTED, "has completed the continuing-education course", HEIGHT - 262);
                centred(ink, serifBold, 18, ACCENT, s.courseTitle(), HEIGHT - 290);
                centred(
                        ink,
                        sans,
                        12,
                        INK,
                        s.ceHours().stripTrailingZeros().toPlainString() + " continuing-education hours  ·  completed "
                                + DATE.format(s.completedOn()),
                        HEIGHT - 318);
                var y = HEIGHT - 352;
                for (var line : wrap(s.approvalStatement(), sans, 9.5f, WIDTH - 300)) {
                    text(ink, sans, 9.5f, MUTED, line, 72, y);
                    y -= 13;
                }
                if (s.contentRevisions() != null) {
                    y -= 6;
                    for (var line : wrap("Content completed: " + s.contentRevisions(), sans, 8.5f, WIDTH - 300)) {
                        text(ink, sans, 8.5f, MUTED, line, 72, y);
                        y -= 11.5f;
                    }
                }
                text(ink, sans, 10, INK, "Issued by " + s.issuer() + " on " + DATE.format(issuedOn), 72, 112);
                text(ink, sans, 10, INK, "Certificate " + code, 72, 96);
                text(ink, sans, 8.5f, MUTED, "Verify at " + s.verifyUrl(), 72, 81);
                qr(ink, s.verifyUrl(), WIDTH - 72 - 110, 72, 110);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be drawn", e);
        }
    }

    /** Title, author, subject and language for readers and screen readers; dates fixed to the issue date. */
    private static void describe(PDDocument document, Snapshot s, String code, java.time.LocalDate issuedOn) {
        var info = document.getDocumentInformation();
        info.setTitle("Certificate of Completion: " + s.courseTitle() + " — " + s.learnerName());
        info.setAuthor(s.provider());
        info.setSubject("Continuing-education certificate " + code);
        info.setCreator("Attune");
        info.setProducer("Attune certificate template " + Certificate.TEMPLATE_VERSION);
        var date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(issuedOn.getYear(), issuedOn.getMonthValue() - 1, issuedOn.getDayOfMonth());
        info.setCreationDate(date);
        info.setModificationDate((Calendar) date.clone());
        document.getDocumentCatalog().setLanguage("en");
        // Without a file identifier PDFBox makes one from the clock; the code is the certificate's identity.
        var id = new org.apache.pdfbox.cos.COSString(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        var ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
        var preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static String credentials(Snapshot s) {
        var parts = new ArrayList<String>();
        if (s.profession() != null) {
            parts.add(s.profession());
        }
        if (s.licenceNumber() != null) {
            parts.add("Licence " + s.licenceNumber());
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

    private static void centred(PDPageContentStream ink, PDFont font, float size, float[] colour, String text, float y)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        text(ink, font, size, colour, text, (WIDTH - width) / 2, y);
    }

    private static void text(
            PDPageContentStream ink, PDFont font, float size, float[] colour, String text, float x, float y)
            throws IOException {
        ink.beginText();
        ink.setFont(font, size);
        ink.setNonStrokingColor(colour[0], colour[1], colour[2]);
        ink.newLineAtOffset(x, y);
        ink.showText(text);
        ink.endText();
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.strip().split("\\s+")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static PDFont font(PDDocument document, String name) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("The font " + name + " is missing from the application");
            }
            return PDType0Font.load(document, in);
        }
    }
}
