package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.attune.mail.Letter;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;
import org.attune.web.WrittenDates;

/**
 * The security mail of accounts, in Attune's voice: what happened, what the link does and for how long, and what to
 * do if it was not them, in the account's language ({@link ReaderLanguage}). Security mail is always sent and
 * carries no preferences link.
 */
@ApplicationScoped
class AccountLetters {

    @Inject
    PublicUrl publicUrl;

    Letter reset(Account account, String token) {
        var locale = ReaderLanguage.of(account);
        return letter(
                account.getEmail(),
                locale,
                "password-reset",
                "mail.reset",
                account,
                PasswordReset.VALID.toMinutes(),
                url("/reset-password?token=" + token));
    }

    Letter passwordChanged(Account account, Instant at) {
        var locale = ReaderLanguage.of(account);
        return letter(
                account.getEmail(),
                locale,
                "password-changed",
                "mail.passwordChanged",
                account,
                WrittenDates.moment(at, locale),
                url("/forgot-password"));
    }

    /**
     * The confirmation of a new account's address, in the language given: at sign-up the account has no preference
     * yet, so it is the language of the page the person signed up on.
     */
    Letter confirmAddress(Account account, String token, Optional<String> wayBack, Locale locale) {
        return letter(
                account.getEmail(),
                locale,
                "email-verification",
                "mail.confirm",
                account,
                EmailVerification.VALID.toHours(),
                url("/confirm-email?token=" + token
                        + wayBack.map(path -> "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                                .orElse("")));
    }

    Letter confirmNewAddress(Account account, String newEmail, String token) {
        return letter(
                newEmail,
                ReaderLanguage.of(account),
                "email-change-verification",
                "mail.confirmNew",
                account,
                EmailVerification.VALID.toHours(),
                url("/confirm-email?token=" + token));
    }

    Letter addressChanging(Account account, String newEmail) {
        return letter(
                account.getEmail(),
                ReaderLanguage.of(account),
                "email-change-notice",
                "mail.addressChanging",
                account,
                newEmail,
                url("/forgot-password"));
    }

    Letter signUpAttempt(Account account) {
        return letter(
                account.getEmail(),
                ReaderLanguage.of(account),
                "sign-up-attempt",
                "mail.signUpAttempt",
                account,
                url("/signin"),
                url("/forgot-password"));
    }

    /**
     * The letter that confirms a closure. What it says is kept must be what is kept: a person who earned
     * certificates keeps, with them, the learning records a board's audit reads (lessons, post-test attempts,
     * evaluations); for anyone else those are deleted at once.
     */
    Letter closed(Account account, int yearsKept, boolean learningKept) {
        var locale = ReaderLanguage.of(account);
        var deleted =
                Texts.text(locale, learningKept ? "mail.closed.deleted.credentials" : "mail.closed.deleted.everything");
        var kept = Texts.text(locale, learningKept ? "mail.closed.kept.learning" : "mail.closed.kept.records");
        return letter(account.getEmail(), locale, "account-closed", "mail.closed", account, deleted, kept, yearsKept);
    }

    /** The letter {@code key.subject} / {@code key.body} in the locale, greeting the account's holder and signed. */
    private Letter letter(String to, Locale locale, String type, String key, Account account, Object... args) {
        var text = Texts.text(locale, "mail.hello", account.getFullName()) + "\n\n"
                + Texts.text(locale, key + ".body", args) + "\n\n"
                + Texts.text(locale, "mail.signature.security");
        return new Letter(to, Texts.text(locale, key + ".subject"), text, Letter.Kind.SECURITY, type, locale);
    }

    private String url(String path) {
        return publicUrl.base() + path;
    }
}
