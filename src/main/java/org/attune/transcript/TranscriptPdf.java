package org.attune.transcript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.attune.ce.RenewalStanding;
import org.attune.ce.RenewalTracker;
import org.attune.web.Texts;

/**
 * The transcript as a PDF of A4 pages: who and when, each tracked licence's standing, then every record with its
 * date, title, provider, approval, hours and status, continued over as many pages as it takes. It prints with the
 * certificate's DejaVu faces, which the application carries; a character they lack (Chinese, Japanese or Korean,
 * which only the certificate's Noto faces draw) prints as "?", and the CSV keeps it.
 */
public final class TranscriptPdf {

    private static final float MARGIN = 50;
    private static final float[] COLUMNS = {50, 118, 300, 455, 495};
    private static final float BOTTOM = 60;

    private final PDDocument document = new PDDocument();
    private final Locale locale;
    private final DateTimeFormatter day;
    private final Face text;
    private final Face bold;
    private PDPageContentStream ink;
    private float y;

    private record Face(PDType0Font font, TrueTypeFont ttf) {}

    private TranscriptPdf(Locale locale) throws IOException {
        this.locale = Texts.supported(locale);
        this.day = DateTimeFormatter.ofPattern(Texts.text(this.locale, "transcript.pdf.day"), this.locale);
        text = face("DejaVuSans.ttf");
        bold = face("DejaVuSerif-Bold.ttf");
    }

    /** The transcript in English. */
    public static byte[] of(Transcript transcript) {
        return of(transcript, Texts.ENGLISH);
    }

    /** The transcript with its headings, sentences and dates in the locale's language. */
    public static byte[] of(Transcript transcript, Locale locale) {
        try {
            var pdf = new TranscriptPdf(locale);
            try (var document = pdf.document) {
                pdf.draw(transcript);
                pdf.ink.close();
                document.getDocumentInformation()
                        .setTitle(Texts.text(pdf.locale, "transcript.pdf.docTitle", transcript.learner()));
                document.getDocumentCatalog().setLanguage(pdf.locale.toLanguageTag());
                var out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Transcript transcript) throws IOException {
        page();
        write(bold, 18, MARGIN, Texts.text(locale, "transcript.pdf.title"));
        y -= 26;
        write(
                text,
                11,
                MARGIN,
                Texts.text(locale, "transcript.pdf.asOf", transcript.learner(), day.format(transcript.on())));
        y -= 16;
        write(
                text,
                9,
                MARGIN,
                Texts.text(locale, "transcript.pdf.valid", RenewalTracker.plain(transcript.validHours())));
        y -= 26;
        for (var standing : transcript.standings()) {
            standing(standing);
        }
        table(transcript.lines());
    }

    private void standing(RenewalStanding standing) throws IOException {
        room(48);
        write(bold, 11, MARGIN, standing.rule().board() + ": " + standing.licence());
        y -= 15;
        var line = standing.renewsOn() == null
                ? Texts.text(locale, "transcript.pdf.noExpiry")
                : Texts.text(
                        locale,
                        "transcript.pdf.period",
                        RenewalTracker.plain(standing.earned()),
                        String.valueOf(standing.rule().hours()),
                        day.format(standing.periodStart()),
                        day.format(standing.renewsOn()));
        for (var category : standing.categories()) {
            line += Texts.text(
                    locale,
                    "transcript.pdf.category",
                    RenewalTracker.plain(category.earned()),
                    String.valueOf(category.required()),
                    org.attune.ce.CeCategories.label(category.category()).toLowerCase(Locale.ROOT));
        }
        for (var wrapped : wrap(text, 9, line, 495)) {
            write(text, 9, MARGIN, wrapped);
            y -= 12;
        }
        var missing = standing.missing().isEmpty()
                ? Texts.text(locale, "transcript.pdf.nothingMissing")
                : Texts.text(locale, "transcript.pdf.missing", String.join("; ", standing.missing()));
        for (var wrapped : wrap(text, 9, missing, 495)) {
            write(text, 9, MARGIN, wrapped);
            y -= 12;
        }
        y -= 10;
    }

    private void table(List<Transcript.Line> lines) throws IOException {
        room(40);
        heading();
        if (lines.isEmpty()) {
            write(text, 9, MARGIN, Texts.text(locale, "transcript.pdf.empty"));
        }
        for (var line : lines) {
            var title = wrap(text, 9, line.title(), COLUMNS[2] - COLUMNS[1] - 8);
            var provider = wrap(
                    text,
                    9,
                    line.provider() + (line.approvals().isEmpty() ? "" : " · " + line.approvals()),
                    COLUMNS[3] - COLUMNS[2] - 8);
            int rows = Math.max(title.size(), provider.size());
            if (y - rows * 12 < BOTTOM) {
                page();
                heading();
            }
            write(text, 9, COLUMNS[0], day.format(line.date()));
            write(text, 9, COLUMNS[3], RenewalTracker.plain(line.hours()));
            write(text, 9, COLUMNS[4], line.status());
            for (int i = 0; i < rows; i++) {
                if (i < title.size()) {
                    write(text, 9, COLUMNS[1], title.get(i));
                }
                if (i < provider.size()) {
                    write(text, 9, COLUMNS[2], provider.get(i));
                }
                y -= 12;
            }
            y -= 4;
        }
    }

    private void heading() throws IOException {
        String[] names = {"date", "title", "provider", "hours", "status"};
        for (int i = 0; i < names.length; i++) {
            write(bold, 9, COLUMNS[i], Texts.text(locale, "transcript.pdf.column." + names[i]));
        }
        y -= 16;
    }

    private void room(float needed) throws IOException {
        if (y - needed < BOTTOM) {
            page();
        }
    }

    private void page() throws IOException {
        if (ink != null) {
            ink.close();
        }
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        ink = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN - 10;
    }

    private void write(Face face, float size, float x, String line) throws IOException {
        ink.beginText();
        ink.setFont(face.font(), size);
        ink.newLineAtOffset(x, y);
        ink.showText(printable(face, line));
        ink.endText();
    }

    private List<String> wrap(Face face, float size, String line, float width) throws IOException {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (var word : printable(face, line).split(" ")) {
            var candidate = current.isEmpty() ? word : current + " " + word;
            if (face.font().getStringWidth(candidate) / 1000 * size <= width || current.isEmpty()) {
                current = new StringBuilder(candidate);
            } else {
                lines.add(current.toString());
                current = new StringBuilder(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The text with every character the face has no glyph for as "?", and any control character as a space. */
    private static String printable(Face face, String line) throws IOException {
        var cmap = face.ttf().getUnicodeCmapLookup();
        var out = new StringBuilder();
        line.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (cmap.getGlyphId(c) == 0) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private Face face(String file) throws IOException {
        try (var in = TranscriptPdf.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is missing from the application.");
            }
            var ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            return new Face(PDType0Font.load(document, ttf, true), ttf);
        }
    }
}
