package org.attune.account;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Base32 as RFC 4648 defines it, without padding: how authenticator apps and {@code otpauth://} addresses write a
 * TOTP secret, in letters and digits a person can type.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    public static String encode(byte[] bytes) {
        var text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /**
     * The bytes a Base32 text stands for; case, spaces, hyphens and padding are ignored.
     *
     * @throws IllegalArgumentException when the text has a character Base32 does not use
     */
    public static byte[] decode(String text) {
        var clean = text.toUpperCase(Locale.ROOT).replaceAll("[\\s=-]", "");
        var bytes = new ByteArrayOutputStream(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("'" + c + "' is not a Base32 character");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
