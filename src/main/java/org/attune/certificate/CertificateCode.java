package org.attune.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 80 random bits written as 16 characters of Crockford's base 32 in four groups
 * ("7KQ2-M9XD-4TRE-HW3P"). No I, L, O or U, so a code read aloud or typed from paper cannot be misheard or
 * mistyped into another; reading forgives case, spaces, missing hyphens and the look-alikes O/0 and I/L/1.
 * Guessing a valid code is infeasible: even with a million certificates, one guess in about 10^18 hits one.
 */
public final class CertificateCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    private CertificateCode() {}

    public static String generate(SecureRandom random) {
        var code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return code.toString();
    }

    /** The code in its canonical form, or empty when the text cannot be a code at all. */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var plain = text.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(String.join(
                "-", plain.substring(0, 4), plain.substring(4, 8), plain.substring(8, 12), plain.substring(12)));
    }
}
