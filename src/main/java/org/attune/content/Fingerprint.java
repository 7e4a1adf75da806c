package org.attune.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a definition record's text form: equal for equal content, different for any change. */
final class Fingerprint {

    private Fingerprint() {}

    static String of(Record definition) {
        return of(definition.toString());
    }

    static String of(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
