package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key: the ASCII digits "1234567890" twice. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void codesAreThoseOfRfc6238sTestVectors(long seconds, String eightDigits) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(eightDigits);
        assertThat(Totp.code(RFC_KEY, step)).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void aCodeIsAcceptedInItsStepAndOneStepEitherSideButNoFurther() {
        var now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step + offset), now, 0))
                    .hasValue(step + offset);
        }
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 2), now, 0)).isEmpty();
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step + 2), now, 0)).isEmpty();
    }

    @Test
    void aCodeOfTheLastStepAcceptedOrAnEarlierOneIsRefused() {
        var now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step), now, step)).isEmpty();
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 1), now, step)).isEmpty();
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        var now = Instant.ofEpochSecond(59);
        assertThat(Totp.match(RFC_KEY, "287 082", now, 0)).hasValue(1L);
        assertThat(Totp.match(RFC_KEY, "28708", now, 0)).isEmpty();
        assertThat(Totp.match(RFC_KEY, "94287082", now, 0)).isEmpty();
        assertThat(Totp.match(RFC_KEY, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.match(RFC_KEY, null, now, 0)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsWhatAppsShow() {
        // RFC 4648 section 10's test vector, and the RFC 6238 key as authenticator apps write it.
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
        var secret = Totp.newSecret();
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
    }

    @Test
    void theEnrolmentAddressNamesAttuneAndTheEmail() {
        assertThat(SecondFactors.address("ana+ce@clinic.org", "ABCD"))
                .isEqualTo("otpauth://totp/Attune:ana%2Bce%40clinic.org?secret=ABCD&issuer=Attune");
    }

    @Test
    void recoveryCodesMatchAsTypedOnlyForTheirAccount() {
        var code = RecoveryCode.generate();
        assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}");
        var stored = new RecoveryCode(7, code);
        assertThat(stored.matches(code.toUpperCase().replace("-", " "))).isTrue();
        assertThat(new RecoveryCode(8, code).matches(RecoveryCode.generate())).isFalse();
        assertThat(RecoveryCode.hash(7, code)).isNotEqualTo(RecoveryCode.hash(8, code));
    }
}
