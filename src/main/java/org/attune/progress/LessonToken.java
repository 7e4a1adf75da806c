package org.attune.progress;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A lesson page's permission to report active time: for one learner, one lesson, from the moment it was issued,
 * signed with an HMAC so that nobody can make one up or change what it names. The lesson page carries one (the page
 * itself keeps nothing in the session); each accepted report is answered with a fresh one, so a page that keeps
 * reporting never runs out, and one that was hidden or idle for longer than {@link #LIFETIME} fetches its page again.
 *
 * @param issuedAt when the page (or the report that renewed it) was served: no time before it is credited
 */
record LessonToken(long accountId, long lessonId, Instant issuedAt) {

    /** Longer than any gap between the reports of an open, visible page (15 s) with room for a slow network. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    /** How far ahead of this server's clock another node's may be. */
    private static final Duration SKEW = Duration.ofSeconds(30);

    private static final String ALGORITHM = "HmacSHA256";

    /** The token as text: {@code account.lesson.issuedMillis.signature}. */
    String sign(byte[] key) {
        var payload = accountId + "." + lessonId + "." + issuedAt.toEpochMilli();
        return payload + "." + mac(key, payload);
    }

    /** The token the text stands for, if it is well formed and signed with the key; empty for anything else. */
    static Optional<LessonToken> read(byte[] key, String text) {
        if (text == null || text.length() > 120) {
            return Optional.empty();
        }
        var parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        var payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(
                mac(key, payload).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LessonToken(
                    Long.parseLong(parts[0]),
                    Long.parseLong(parts[1]),
                    Instant.ofEpochMilli(Long.parseLong(parts[2]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether it is no longer (or, from a clock far ahead, not yet) good at this moment. */
    boolean expired(Instant now) {
        return now.isAfter(issuedAt.plus(LIFETIME)) || issuedAt.isAfter(now.plus(SKEW));
    }

    private static String mac(byte[] key, String payload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            var signature = mac.doFinal(("lesson-time:" + payload).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
