package org.attune.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font files a certificate prints with, and the order in which each face looks for a character's glyph.
 * DejaVu (Serif, Serif Bold, Sans) draws Latin, Greek, Cyrillic, Armenian and Georgian; Noto Serif SC, JP and KR
 * (bold, to match the name's face) draw Chinese, Japanese and Korean, which DejaVu lacks. Both families come with
 * the application (see pom.xml); documents embed only the glyphs they use.
 *
 * <p>A font is parsed once and shared by every document drawn afterwards, on any thread (fontbox reads a parsed
 * font's tables under locks of its own, and subsetting reads copies). The Noto files are 8-15 MB each, so they are
 * parsed only when a text first needs them, and held softly: the collector may take them back when memory runs
 * short, and the next text that needs one parses it again.
 */
final class CertificateFonts {

    /** The layout's three faces, each a DejaVu file. */
    enum Face {
        SERIF("DejaVuSerif.ttf"),
        SERIF_BOLD("DejaVuSerif-Bold.ttf"),
        SANS("DejaVuSans.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /** Chinese, Japanese and Korean, each in the glyph forms its readers expect. */
    enum Cjk {
        SC("NotoSerifSC_700Bold.ttf"),
        JP("NotoSerifJP_700Bold.ttf"),
        KR("NotoSerifKR_700Bold.ttf");

        private final String file;

        Cjk(String file) {
            this.file = file;
        }
    }

    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String NOTO = "/org/attune/certificate/fonts/";

    private static final Map<String, SoftReference<TrueTypeFont>> PARSED = new ConcurrentHashMap<>();
    private static final Map<String, Object> PARSING = new ConcurrentHashMap<>();

    private CertificateFonts() {}

    static TrueTypeFont of(Face face) {
        return load(DEJAVU + face.file);
    }

    static TrueTypeFont of(Cjk cjk) {
        return load(NOTO + cjk.file);
    }

    /**
     * The Chinese, Japanese and Korean fonts in the order a text should try them. Han characters are shared by the
     * three languages but drawn differently in each: a text with kana is Japanese and one with Hangul Korean, so
     * their Han characters take that language's forms; otherwise Chinese (Simplified), whose font also has the most
     * Han characters.
     */
    static List<Cjk> order(String text) {
        if (text.codePoints().anyMatch(CertificateFonts::isKana)) {
            return List.of(Cjk.JP, Cjk.SC, Cjk.KR);
        }
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
            return List.of(Cjk.KR, Cjk.SC, Cjk.JP);
        }
        return List.of(Cjk.SC, Cjk.JP, Cjk.KR);
    }

    private static boolean isKana(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    private static TrueTypeFont load(String resource) {
        var font = cached(resource);
        if (font != null) {
            return font;
        }
        // One parse per file at a time; a second thread waits for the first one's result instead of parsing again.
        synchronized (PARSING.computeIfAbsent(resource, r -> new Object())) {
            font = cached(resource);
            if (font == null) {
                font = parse(resource);
                PARSED.put(resource, new SoftReference<>(font));
            }
            return font;
        }
    }

    private static TrueTypeFont cached(String resource) {
        var reference = PARSED.get(resource);
        return reference == null ? null : reference.get();
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The font " + resource + " is missing from the application");
            }
            var font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // Read now the tables every document asks for, so that documents drawn at once do not each read them.
            font.getUnicodeCmapLookup();
            font.getGsubData();
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate font " + resource + " could not be read", e);
        }
    }
}
