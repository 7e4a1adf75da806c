package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aCodeIsSixteenCharactersInFourGroupsWithoutLettersThatReadAlike() {
        var code = CertificateCode.generate(random);

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(code).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void codesCarryEightyRandomBitsAndDoNotRepeat() {
        assertThat(Math.pow(CertificateCode.ALPHABET.length(), CertificateCode.LENGTH))
                .isEqualTo(Math.pow(2, 80));
        var codes = new HashSet<String>();
        for (int i = 0; i < 100_000; i++) {
            codes.add(CertificateCode.generate(random));
        }
        assertThat(codes).hasSize(100_000);
    }

    @Test
    void aCodeTypedCarelesslyStillReads() {
        assertThat(CertificateCode.normalize(" 7kq2 m9xd-4tre-hw3p ")).contains("7KQ2-M9XD-4TRE-HW3P");
        assertThat(CertificateCode.normalize("OOOO-IIII-LLLL-0000")).contains("0000-1111-1111-0000");
    }

    @Test
    void textThatCannotBeACodeIsNoCode() {
        assertThat(CertificateCode.normalize("7KQ2-M9XD-4TRE")).isEmpty();
        assertThat(CertificateCode.normalize("7KQ2-M9XD-4TRE-HW3U")).isEmpty();
        assertThat(CertificateCode.normalize("'; drop table certificate; --")).isEmpty();
        assertThat(CertificateCode.normalize(null)).isEmpty();
    }
}
