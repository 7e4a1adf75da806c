package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aCommonPasswordIsRefusedWhateverItsCapitalsAndSpaces() {
        for (var common : new String[] {"qwerty123456", "QWERTY123456", "Qwerty 123456", "1qaz2wsx3edc"}) {
            assertThat(PasswordRules.refusal(common)).as(common).contains(PasswordRules.COMMON);
        }
    }

    @Test
    void aCommonPasswordOrOneCharacterRepeatedIsRefused() {
        for (var repeated : new String[] {"passwordpassword", "monkeymonkey", "aaaaaaaaaaaa", "111111111111"}) {
            assertThat(PasswordRules.refusal(repeated)).as(repeated).contains(PasswordRules.COMMON);
        }
    }

    @Test
    void aSentenceOfOnesOwnIsAccepted() {
        assertThat(PasswordRules.refusal("the heron waits at low tide")).isEmpty();
        assertThat(PasswordRules.refusal("correct horse battery staple".toCharArray()))
                .isEmpty();
    }

    @Test
    void fewerThanTwelveOrMoreThan128CharactersAreRefusedWithTheLengthRule() {
        assertThat(PasswordRules.refusal("short one")).contains(PasswordRules.LENGTH);
        assertThat(PasswordRules.refusal("x".repeat(129))).contains(PasswordRules.LENGTH);
        assertThat(PasswordRules.refusal((String) null)).contains(PasswordRules.LENGTH);
    }
}
