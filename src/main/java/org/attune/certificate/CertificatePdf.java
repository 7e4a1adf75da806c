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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Draws a certificate as a one-page landscape PDF (US Letter) with PDFBox: the learner, the course, the hours, the
 * date, the provider's approval statement, the code and a QR code (ZXing) that opens the public verification page.
 * Names print in Latin, Greek, Cyrillic, Armenian, Georgian, Chinese, Japanese and Korean, mixed as they come
 * ({@link Lettering} picks the font of each character), and whatever a stored text holds, the certificate draws.
 * The same certificate always gives the same bytes: nothing in the file depends on when or where it is drawn.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
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
        if (certificate.getTemplateVersion() != Certificate.TEMPLATE_VERSION) {
            throw new IllegalStateException("Certificate " + certificate.getCode() + " was made with template version "
                    + certificate.getTemplateVersion() + ", which this version of Attune cannot draw");
        }
        return render(
                certificate.snapshot(),
                certificate.getCode(),
                certificate.getIssuedAt() == null
                        ? certificate.getRequestedAt().atZone(ZoneOffset.UTC).toLocalDate()
                        : certificate.getIssuedAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    static byte[] render(Snapshot s, String code, LocalDate issuedOn) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            var type = new Lettering(document);
            describe(document, s, code, issuedOn);
            try (var ink = new PDPageContentStream(document, page)) {
                frame(ink);
                centred(ink, type.line(SANS, s.provider().toUpperCase(Locale.ROOT)), 11, ACCENT, HEIGHT - 88);
                centred(ink, type.line(SERIF_BOLD, "Certificate of Completion"), 30, INK, HEIGHT - 130);
                centred(ink, type.line(SERIF, "This certifies that"), 13, MUTED, HEIGHT - 172);
                centred(ink, type.line(SERIF_BOLD, s.learnerName()), 26, INK, HEIGHT - 208);
                var credentials = credentials(s);
                if (!credentials.isEmpty()) {
                    centred(ink, type.line(SANS, credentials), 11, MUTED, HEIGHT - 230);
                }
                centred(
                        ink,
                        type.line(SERIF, "has completed the continuing-education course"),
                        13,
                        MUTED,
                        HEIGHT - 262);
                centred(ink, type.line(SERIF_BOLD, s.courseTitle()), 18, ACCENT, HEIGHT - 290);
                centred(
                        ink,
                        type.line(
                                SANS,
                                s.ceHours().stripTrailingZeros().toPlainString()
                                        + " continuing-education hours  ·  completed " + DATE.format(s.completedOn())),
                        12,
                        INK,
                        HEIGHT - 318);
                var y = HEIGHT - 352;
                for (var line : wrap(type, s.approvalStatement(), 9.5f, WIDTH - 300)) {
                    Lettering.show(ink, line, 9.5f, MUTED, 72, y);
                    y -= 13;
                }
                if (s.contentRevisions() != null) {
                    y -= 6;
                    for (var line : wrap(type, "Content completed: " + s.contentRevisions(), 8.5f, WIDTH - 300)) {
                        Lettering.show(ink, line, 8.5f, MUTED, 72, y);
                        y -= 11.5f;
                    }
                }
                Lettering.show(
                        ink,
                        type.line(SANS, "Issued by " + s.issuer() + " on " + DATE.format(issuedOn)),
                        10,
                        INK,
                        72,
                        112);
                Lettering.show(ink, type.line(SANS, "Certificate " + code), 10, INK, 72, 96);
                Lettering.show(ink, type.line(SANS, "Verify at " + s.verifyUrl()), 8.5f, MUTED, 72, 81);
                qr(ink, s.verifyUrl(), WIDTH - 72 - 110, 72, 110);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be drawn", e);
        }
    }

    /** Title, author, subject and language for readers and screen readers; dates fixed to the issue date. */
    private static void describe(PDDocument document, Snapshot s, String code, LocalDate issuedOn) {
        var info = document.getDocumentInformation();
        info.setTitle("Certificate of Completion: " + Lettering.printable(s.courseTitle()) + " — "
                + Lettering.printable(s.learnerName()));
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
        var id = new COSString(code.getBytes(StandardCharsets.US_ASCII));
        var ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        var preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
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
