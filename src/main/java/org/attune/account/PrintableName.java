package org.attune.account;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;

/**
 * What a name must be for a certificate to print it: letters of the scripts the certificate's fonts carry and that
 * need no shaping (Latin, Greek, Cyrillic, Armenian, Georgian, Chinese, Japanese, Korean), with the spaces,
 * punctuation, digits and accents names use. Right-to-left scripts (Arabic, Hebrew) and scripts whose letters
 * join or reorder (Indic, Thai and others) would print wrongly, so they are refused, and the learner is asked for
 * the name as it should print in Latin letters. Tabs, line breaks and invisible format characters are refused:
 * none of the accepted scripts needs one (zero-width joiners serve emoji and the scripts refused here). Emoji and
 * other symbols are refused at entry, since a board reads a certificate's name as the legal one.
 */
public final class PrintableName {

    // The message keys of the problems a name can have (texts in org.attune.web.messages).
    public static final String CONTROL = "account.name.control";
    public static final String SYMBOLS = "account.name.symbols";
    public static final String SCRIPT = "account.name.script";
    public static final String NO_LETTER = "account.name.noLetter";

    /** Scripts whose letters print one after another, left to right, with the certificate's fonts. */
    private static final Set<UnicodeScript> LETTERS = Set.of(
            UnicodeScript.LATIN,
            UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC,
            UnicodeScript.ARMENIAN,
            UnicodeScript.GEORGIAN,
            UnicodeScript.HAN,
            UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA,
            UnicodeScript.HANGUL);

    private PrintableName() {}

    /** Why the name cannot print on a certificate, as a message key; empty when it can. */
    public static Optional<String> problem(String name) {
        var text = normalize(name);
        if (text.codePoints().anyMatch(PrintableName::isEmoji)) {
            return Optional.of(SYMBOLS);
        }
        if (!text.codePoints().allMatch(PrintableName::inPrintableScript)) {
            return Optional.of(SCRIPT);
        }
        if (text.codePoints().anyMatch(PrintableName::isInvisible)) {
            return Optional.of(CONTROL);
        }
        if (!text.codePoints().allMatch(PrintableName::isNameCharacter)) {
            return Optional.of(SYMBOLS);
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.of(NO_LETTER);
        }
        return Optional.empty();
    }

    /**
     * The name as it is kept: composed (NFC, so "e" and a combining accent become "é"), every kind of space a single
     * space, and no space at either end. Nothing else changes.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        var composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        var spaced = new StringBuilder(composed.length());
        composed.codePoints()
                .map(c -> Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c)
                .forEach(spaced::appendCodePoint);
        return spaced.toString().replaceAll(" {2,}", " ").strip();
    }

    /**
     * Whether the character belongs to a script certificates can print, or to none in particular (spaces,
     * punctuation, digits, accents): what any printed text, not only a name, may show as it is.
     */
    public static boolean inPrintableScript(int codePoint) {
        var script = UnicodeScript.of(codePoint);
        return LETTERS.contains(script) || script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
    }

    /** Tabs, line breaks, other control characters and invisible format characters (joiners, direction marks). */
    public static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || isVariationSelector(codePoint);
    }

    /** Selectors that ask for another form of the character before them (emoji or text style, ideographic forms). */
    public static boolean isVariationSelector(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private static boolean isEmoji(int codePoint) {
        return Character.getType(codePoint) == Character.OTHER_SYMBOL
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) // skin tones
                || codePoint == 0xFE0F // emoji presentation
                || codePoint == 0x20E3 // keycap
                || (codePoint >= 0xE0020 && codePoint <= 0xE007F) // flag tags
                // Emoji newer than this Java's Unicode tables are unassigned to it; private-use marks are logos.
                || Character.getType(codePoint) == Character.UNASSIGNED
                || Character.getType(codePoint) == Character.PRIVATE_USE;
    }

    /** Letters, accents, digits, spaces, punctuation and modifier signs (´ ` ʻ): nothing that is a symbol. */
    private static boolean isNameCharacter(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.SPACE_SEPARATOR,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }
}
