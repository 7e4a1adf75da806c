package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LessonTokenTest {

    private final byte[] key = "a key of thirty-two bytes, test!".getBytes(StandardCharsets.US_ASCII);
    private final Instant served = Instant.parse("2026-11-23T10:00:00.123Z");

    @Test
    void aSignedTokenReadsBackAsIssued() {
        var token = new LessonToken(7, 42, served);

        assertThat(LessonToken.read(key, token.sign(key))).hasValue(token);
    }

    @Test
    void aTokenWithAChangedLearnerLessonOrTimeIsRefused() {
        var signed = new LessonToken(7, 42, served).sign(key);
        var signature = signed.substring(signed.lastIndexOf('.'));

        assertThat(LessonToken.read(key, "8.42." + served.toEpochMilli() + signature))
                .isEmpty();
        assertThat(LessonToken.read(key, "7.43." + served.toEpochMilli() + signature))
                .isEmpty();
        assertThat(LessonToken.read(key, "7.42." + (served.toEpochMilli() + 60_000) + signature))
                .isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyOrMalformedIsRefused() {
        var other = "another key, also thirty-two b!!".getBytes(StandardCharsets.US_ASCII);

        assertThat(LessonToken.read(key, new LessonToken(7, 42, served).sign(other)))
                .isEmpty();
        assertThat(LessonToken.read(key, null)).isEmpty();
        assertThat(LessonToken.read(key, "")).isEmpty();
        assertThat(LessonToken.read(key, "7.42")).isEmpty();
        assertThat(LessonToken.read(key, "x".repeat(10_000))).isEmpty();
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        var token = new LessonToken(7, 42, served);

        assertThat(token.expired(served.plus(LessonToken.LIFETIME))).isFalse();
        assertThat(token.expired(served.plus(LessonToken.LIFETIME).plusSeconds(1)))
                .isTrue();
        assertThat(token.expired(served.minusSeconds(3600)))
                .as("issued an hour ahead of this clock")
                .isTrue();
    }
}
