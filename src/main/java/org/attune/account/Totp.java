package org.attune.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238): HMAC-SHA1 of the number of 30-second steps
 * since 1970, truncated to six digits (RFC 4226). A code is accepted in its own step and the one before and after it,
 * so that a clock a little off or a code typed at the end of its step still works; never in a step at or before the
 * last one accepted, so a code seen over someone's shoulder cannot be used again.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;

    /** A secret of 160 bits, the length RFC 4226 recommends. */
    public static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    public static byte[] newSecret() {
        var secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The time step an instant falls in. */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code of a step. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /** The code of a step with the given number of digits (RFC 6238's test vectors have eight). */
    static String code(byte[] secret, long step, int digits) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            var hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            var text = Integer.toString(binary % (int) Math.pow(10, digits));
            return "0".repeat(digits - text.length()) + text;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", e);
        }
    }

    /**
     * The step whose code the typed code is, among the step of {@code now} and the steps either side of it, and
     * later than {@code lastUsed}; empty when it is none of them. Spaces in the typed code are ignored.
     */
    public static OptionalLong match(byte[] secret, String typed, Instant now, long lastUsed) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        var code = typed.replace(" ", "").strip();
        if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            // Compared in constant time, so the time a refusal takes tells nothing about the code.
            if (step > lastUsed && MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
