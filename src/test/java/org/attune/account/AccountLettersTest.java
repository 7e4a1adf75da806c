package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;
import org.junit.jupiter.api.Test;

/** Account letters come from the bundle: the English word for word as it always was, the Spanish in full. */
class AccountLettersTest {

    private final Account ana = new Account("ana@example.org", "Ana Ruiz", "hash", Instant.EPOCH);
    private final AccountLetters letters = new AccountLetters();

    AccountLettersTest() {
        letters.publicUrl = new PublicUrl() {
            @Override
            public String base() {
                return "https://ce.example.org";
            }
        };
    }

    @Test
    void theEnglishResetLetterReadsAsItAlwaysDid() {
        var letter = letters.reset(ana, "tok");
        assertThat(letter.subject()).isEqualTo("Reset your Attune password");
        assertThat(letter.language()).isEqualTo("en");
        assertThat(letter.text())
                .isEqualTo("Hello Ana Ruiz,\n\n"
                        + "Someone, we hope you, asked to reset the password of your Attune account. To choose a new"
                        + " password, open this link within 30 minutes:\n"
                        + "https://ce.example.org/reset-password?token=tok\n\n"
                        + "The link works once. If you did not ask for it, ignore this email: your password stays as"
                        + " it is, and the link is no use to anyone without your inbox.\n\nAttune");
    }

    @Test
    void theEnglishPasswordChangedLetterWritesTheMomentAsPagesDo() {
        var letter = letters.passwordChanged(ana, Instant.parse("2026-12-02T14:05:00Z"));
        assertThat(letter.text())
                .isEqualTo("Hello Ana Ruiz,\n\n"
                        + "The password of your Attune account was changed on 2 Dec 2026, 14:05 UTC, and every"
                        + " browser that was signed in to it was signed out.\n\n"
                        + "If you did this, there is nothing more to do. If you did not, choose a new password now:\n"
                        + "https://ce.example.org/forgot-password\n\nAttune");
    }

    @Test
    void theEnglishClosureLetterSaysWhatIsKept() {
        var letter = letters.closed(ana, 7, true);
        assertThat(letter.subject()).isEqualTo("Your Attune account is closed");
        assertThat(letter.text())
                .isEqualTo("Hello Ana Ruiz,\n\n"
                        + "Your Attune account is closed, as you asked, and every browser signed in to it is signed"
                        + " out. Your email and password are deleted.\n\n"
                        + "As continuing-education providers must, Attune keeps your name, your licences, the records"
                        + " of the certificates you earned and the learning behind them (lessons completed, reading"
                        + " time, post-test attempts and course evaluations) for 7 years, so that a licensing board"
                        + " can still check them; then they are erased.\n\n"
                        + "If you did not close your account, reply to this email or contact your CE provider at"
                        + " once.\n\nAttune");
    }

    @Test
    void theEnglishSignUpAttemptLetterPointsToSignInAndReset() {
        assertThat(letters.signUpAttempt(ana).text())
                .isEqualTo("Hello Ana Ruiz,\n\n"
                        + "Someone tried to open a new Attune account with this email address, which already has"
                        + " one. We did not open a second account, and yours is unchanged.\n\n"
                        + "If it was you, sign in instead:\nhttps://ce.example.org/signin\n\n"
                        + "If you have forgotten your password, choose a new one:\n"
                        + "https://ce.example.org/forgot-password\n\n"
                        + "If it was not you, there is nothing to do.\n\nAttune");
    }

    @Test
    void aConfirmationAskedForOnASpanishPageIsInSpanishAndSaysSo() {
        var letter = letters.confirmAddress(ana, "tok", Optional.of("/courses"), Locale.forLanguageTag("es-MX"));
        assertThat(letter.language()).isEqualTo("es-US");
        assertThat(letter.subject()).isEqualTo("Confirme su dirección de correo electrónico para Attune");
        assertThat(letter.text())
                .startsWith("Hola, Ana Ruiz:\n\nLe damos la bienvenida a Attune.")
                .contains("en las próximas 48 horas:\nhttps://ce.example.org/confirm-email?token=tok&next=%2Fcourses\n")
                .endsWith("la cuenta nunca quedará confirmada.\n\nAttune");
    }

    @Test
    void theEnglishConfirmationReadsAsItAlwaysDid() {
        assertThat(letters.confirmAddress(ana, "tok", Optional.empty(), Texts.ENGLISH)
                        .text())
                .isEqualTo("Hello Ana Ruiz,\n\n"
                        + "Welcome to Attune. To confirm that this address is yours and finish opening your account,"
                        + " open this link within 48 hours:\n"
                        + "https://ce.example.org/confirm-email?token=tok\n\n"
                        + "Attune issues certificates only to confirmed addresses, because licensing boards and"
                        + " employers rely on them to reach the person a certificate names.\n\n"
                        + "If you did not sign up for Attune, ignore this email and the account is never"
                        + " confirmed.\n\nAttune");
    }

    @Test
    void anAccountThatChoseSpanishGetsItsSecurityLettersInSpanish() {
        var ines = new Account("ines@example.org", "Inés Núñez", "hash", Instant.EPOCH);
        ines.setLanguage(Texts.SPANISH);

        var letter = letters.passwordChanged(ines, Instant.parse("2026-12-02T14:05:00Z"));

        assertThat(letter.language()).isEqualTo("es-US");
        assertThat(letter.subject()).isEqualTo("Se cambió su contraseña de Attune");
        assertThat(letter.text())
                .startsWith("Hola, Inés Núñez:\n\nLa contraseña de su cuenta de Attune se cambió el 2 de diciembre"
                        + " de 2026, 14:05 UTC,")
                .endsWith("\n\nAttune");
    }
}
