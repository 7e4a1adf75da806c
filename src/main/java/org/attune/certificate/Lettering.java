package org.attune.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.attune.account.PrintableName;

/**
 * Sets text in one certificate document: each character in the first font of its face that has a glyph for it
 * (the face's DejaVu, then DejaVu Sans, then the Chinese, Japanese and Korean faces in the order the text calls
 * for), so that "Ana 张伟" prints its Latin letters in DejaVu and its Han characters in Noto. Each font used is
 * embedded once, subset to the glyphs drawn.
 *
 * <p>Nothing a stored text holds can stop the certificate from drawing: tabs and line breaks print as spaces,
 * invisible format characters as nothing, and a character no font has, or of a script that would print wrongly
 * unshaped or left to right (Arabic, Hebrew, Indic), as one replacement mark (�) for each run of them.
 */
final class Lettering {

    static final char REPLACEMENT = '\uFFFD';

    /** Consecutive characters drawn with one font. */
    record Run(PDFont font, String text) {}

    /**
     * A text as it prints, in runs of one font each. Marked when a glyph drawn is shared by several characters and
     * the font's own map would give another one to a reader's copy or search (Noto maps 山 and the Kangxi radical ⼭
     * to one glyph, and PDFBox writes the lower code): such a line carries its text as ActualText.
     */
    record Line(List<Run> runs, String text, boolean ambiguous) {}

    private final PDDocument document;
    private final Map<TrueTypeFont, PDFont> embedded = new IdentityHashMap<>();

    Lettering(PDDocument document) {
        this.document = document;
    }

    /** The text as it prints, in runs of one font each. */
    Line line(CertificateFonts.Face face, String text) {
        var printable = printable(text);
        var stack = new Stack(face, printable);
        var runs = new ArrayList<Run>();
        boolean ambiguous = false;
        TrueTypeFont current = null;
        var run = new StringBuilder();
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            i += Character.charCount(codePoint);
            var font = stack.fontFor(codePoint, current);
            if (font == null) {
                codePoint = REPLACEMENT;
                font = stack.replacementFont();
            }
            ambiguous |= stack.ambiguous(font, codePoint);
            if (font != current && !run.isEmpty()) {
                runs.add(new Run(embed(current), run.toString()));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(embed(current), run.toString()));
        }
        var shown = new StringBuilder();
        runs.forEach(r -> shown.append(r.text()));
        return new Line(List.copyOf(runs), shown.toString(), ambiguous);
    }

    /** The width of the line at the size, in points. */
    static float width(Line line, float size) {
        float width = 0;
        for (var run : line.runs()) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    /** Draws the line at the position, in the colour. */
    static void show(PDPageContentStream ink, Line line, float size, float[] colour, float x, float y)
            throws IOException {
        if (line.ambiguous()) {
            beginActualText(ink, line.text());
        }
        ink.beginText();
        for (int i = 0; i < line.runs().size(); i++) {
            var run = line.runs().get(i);
            ink.setFont(run.font(), size);
            if (i == 0) {
                // The operators in the order certificates have always had, so that a one-font line is the same bytes.
                ink.setNonStrokingColor(colour[0], colour[1], colour[2]);
                ink.newLineAtOffset(x, y);
            }
            ink.showText(run.text());
        }
        ink.endText();
        if (line.ambiguous()) {
            ink.endMarkedContent();
        }
    }

    /**
     * Begins a marked-content sequence whose text is the given one, whatever its glyphs map to. PDFBox writes
     * property lists only as named resources, which text extraction (PDFBox's own among others) does not read; an
     * inline one takes the raw operator.
     */
    @SuppressWarnings("deprecation")
    private static void beginActualText(PDPageContentStream ink, String text) throws IOException {
        var operator = new ByteArrayOutputStream();
        operator.writeBytes("/Span <</ActualText ".getBytes(StandardCharsets.US_ASCII));
        COSWriter.writeString(new COSString(text), operator);
        operator.writeBytes(">> BDC\n".getBytes(StandardCharsets.US_ASCII));
        ink.appendRawCommands(operator.toByteArray());
    }

    /**
     * The text as a certificate can print it (see the class comment): composed (NFC), a space for each whitespace or
     * control character, no format characters, one replacement mark for each run of characters in a script
     * certificates cannot print.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (type == Character.FORMAT || PrintableName.isVariationSelector(c)) {
                return;
            } else if (!PrintableName.inPrintableScript(c)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString()
                .replaceAll(REPLACEMENT + "+", String.valueOf(REPLACEMENT))
                .strip();
    }

    private static CmapLookup cmap(TrueTypeFont font) {
        try {
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont embed(TrueTypeFont font) {
        return embedded.computeIfAbsent(font, f -> {
            try {
                return PDType0Font.load(document, f, true);
            } catch (IOException e) {
                throw new UncheckedIOException("A certificate font could not be embedded", e);
            }
        });
    }

    /** The fonts one text tries, in order; the Chinese, Japanese and Korean ones are loaded only if reached. */
    private static final class Stack {

        private final List<TrueTypeFont> dejavu;
        private final List<CertificateFonts.Cjk> cjk;
        private final Map<TrueTypeFont, CmapLookup> lookups = new IdentityHashMap<>();

        Stack(CertificateFonts.Face face, String text) {
            this.dejavu = face == CertificateFonts.Face.SANS
                    ? List.of(CertificateFonts.of(face))
                    : List.of(CertificateFonts.of(face), CertificateFonts.of(CertificateFonts.Face.SANS));
            this.cjk = CertificateFonts.order(text);
        }

        /** The font for the character; an accent stays in the font of the letter it sits on, when it can. */
        TrueTypeFont fontFor(int codePoint, TrueTypeFont current) {
            if (current != null && isMark(codePoint) && has(current, codePoint)) {
                return current;
            }
            for (var font : dejavu) {
                if (has(font, codePoint)) {
                    return font;
                }
            }
            for (var region : cjk) {
                var font = CertificateFonts.of(region);
                if (has(font, codePoint)) {
                    return font;
                }
            }
            return null;
        }

        /** Whether the font's glyph for the character is mapped back to another character first. */
        boolean ambiguous(TrueTypeFont font, int codePoint) {
            var cmap = lookups.computeIfAbsent(font, Lettering::cmap);
            var codes = cmap.getCharCodes(cmap.getGlyphId(codePoint));
            return codes != null && codes.get(0) != codePoint;
        }

        /** DejaVu's replacement mark, for a character no font has. */
        TrueTypeFont replacementFont() {
            return dejavu.stream()
                    .filter(font -> has(font, REPLACEMENT))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("DejaVu has lost its replacement mark"));
        }

        private static boolean isMark(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        private boolean has(TrueTypeFont font, int codePoint) {
            return lookups.computeIfAbsent(font, Lettering::cmap).getGlyphId(codePoint) != 0;
        }
    }
}
