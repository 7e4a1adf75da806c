package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.web.Texts;
import org.junit.jupiter.api.Test;

class AccountRefusalTest {

    @Test
    void aTooShortPasswordIsRefusedInSpanishAndInTheEnglishItAlwaysHad() {
        var refusal = new AccountRefusal(PasswordRules.refusal("short one").orElseThrow());

        assertThat(Texts.text(Texts.SPANISH, refusal))
                .isEqualTo("Use de 12 a 128 caracteres; una frase corta es fácil de recordar.");
        assertThat(Texts.text(Texts.ENGLISH, refusal))
                .isEqualTo("Use 12 to 128 characters; a short sentence is easy to remember.")
                .isEqualTo(refusal.getMessage());
    }

    @Test
    void aRefusalWithANumberPutsItInEitherLanguage() {
        var refusal = new LicenceDetails(null, null, "1".repeat(LicenceDetails.MAX_NUMBER + 1), null, true)
                .problem()
                .orElseThrow();

        assertThat(refusal.getMessage()).isEqualTo("Keep the licence number under 60 characters.");
        assertThat(Texts.text(Texts.SPANISH, refusal))
                .isEqualTo("El número de licencia debe tener menos de 60 caracteres.");
    }

    @Test
    void anEmailAlreadyTakenReadsAsBefore() {
        assertThat(new EmailTakenException().getMessage())
                .isEqualTo("An account with this email already exists. Sign in instead, or use another email.");
        assertThat(Texts.text(Texts.SPANISH, new EmailTakenException()))
                .isEqualTo("Ya existe una cuenta con este correo electrónico. Inicie sesión o use otro correo.");
    }
}
