package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.attune.mail.Letter;
import org.attune.web.Dates;
import org.attune.web.PublicUrl;

/**
 * The security mail of accounts, in Attune's voice: what happened, what the link does and for how long, and what to
 * do if it was not them. Security mail is always sent and carries no preferences link.
 */
@ApplicationScoped
class AccountLetters {

    @Inject
    PublicUrl publicUrl;

    Letter reset(Account account, String token) {
        return letter(
                account.getEmail(),
                "Reset your Attune password",
                "password-reset",
                "Hello " + account.getFullName() + ",\n\n"
                        + "Someone, we hope you, asked to reset the password of your Attune account. To choose a new"
                        + " password, open this link within " + PasswordReset.VALID.toMinutes() + " minutes:\n"
                        + url("/reset-password?token=" + token) + "\n\n"
                        + "The link works once. If you did not ask for it, ignore this email: your password stays as"
                        + " it is, and the link is no use to anyone without your inbox.");
    }

    Letter passwordChanged(Account account, Instant at) {
        return letter(
                account.getEmail(),
                "Your Attune password was changed",
                "password-changed",
                "Hello " + account.getFullName() + ",\n\n"
                        + "The password of your Attune account was changed on " + Dates.format(at) + ", and every"
                        + " browser that was signed in to it was signed out.\n\n"
                        + "If you did this, there is nothing more to do. If you did not, choose a new password now:\n"
                        + url("/forgot-password"));
    }

    Letter confirmAddress(Account account, String token, Optional<String> wayBack) {
        return letter(
                account.getEmail(),
                "Confirm your email address for Attune",
                "email-verification",
                "Hello " + account.getFullName() + ",\n\n"
                        + "Welcome to Attune. To confirm that this address is yours and finish opening your account,"
                        + " open this link within " + EmailVerification.VALID.toHours() + " hours:\n"
                        + url("/confirm-email?token=" + token
                                + wayBack.map(path -> "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                                        .orElse(""))
                        + "\n\n"
                        + "Attune issues certificates only to confirmed addresses, because licensing boards and"
                        + " employers rely on them to reach the person a certificate names.\n\n"
                        + "If you did not sign up for Attune, ignore this email and the account is never confirmed.");
    }

    Letter confirmNewAddress(Account account, String newEmail, String token) {
        return letter(
                newEmail,
                "Confirm your new email address for Attune",
                "email-change-verification",
                "Hello " + account.getFullName() + ",\n\n"
                        + "You asked to change the email address of your Attune account to this one. To confirm it,"
                        + " open this link within " + EmailVerification.VALID.toHours() + " hours:\n"
                        + url("/confirm-email?token=" + token) + "\n\n"
                        + "Until then your account keeps its current address, and you sign in with that one. If you"
                        + " did not ask for this, ignore this email.");
    }

    Letter addressChanging(Account account, String newEmail) {
        return letter(
                account.getEmail(),
                "Your Attune email address is being changed",
                "email-change-notice",
                "Hello " + account.getFullName() + ",\n\n"
                        + "Someone signed in to your Attune account asked to change its email address from this one"
                        + " to " + newEmail + ". The change happens only when the link we sent to that address is"
                        + " followed; until then, nothing changes.\n\n"
                        + "If this was not you, choose a new password now: that signs out every browser signed in to"
                        + " your account and voids the link.\n"
                        + url("/forgot-password"));
    }

    Letter signUpAttempt(Account account) {
        return letter(
                account.getEmail(),
                "Someone tried to open an Attune account with your address",
                "sign-up-attempt",
                "Hello " + account.getFullName() + ",\n\n"
                        + "Someone tried to open a new Attune account with this email address, which already has"
                        + " one. We did not open a second account, and yours is unchanged.\n\n"
                        + "If it was you, sign in instead:\n" + url("/signin") + "\n\n"
                        + "If you have forgotten your password, choose a new one:\n" + url("/forgot-password") + "\n\n"
                        + "If it was not you, there is nothing to do.");
    }

    /**
     * The letter that confirms a closure. What it says is kept must be what is kept: a person who earned
     * certificates keeps, with them, the learning records a board's audit reads (lessons, post-test attempts,
     * evaluations); for anyone else those are deleted at once.
     */
    Letter closed(Account account, int yearsKept, boolean learningKept) {
        var deleted = learningKept
                ? "Your email and password are deleted."
                : "Your email, password, progress, post-test attempts and course evaluations are deleted.";
        var kept = learningKept
                ? "your name, your licences, the records of the certificates you earned and the learning behind"
                        + " them (lessons completed, reading time, post-test attempts and course evaluations)"
                : "your name, your licences and the records of the certificates you earned";
        return letter(
                account.getEmail(),
                "Your Attune account is closed",
                "account-closed",
                "Hello " + account.getFullName() + ",\n\n"
                        + "Your Attune account is closed, as you asked, and every browser signed in to it is signed"
                        + " out. " + deleted + "\n\n"
                        + "As continuing-education providers must, Attune keeps " + kept + " for " + yearsKept
                        + " years, so that a licensing board can still check them; then they are erased.\n\n"
                        + "If you did not close your account, reply to this email or contact your CE provider at"
                        + " once.");
    }

    private Letter letter(String to, String subject, String type, String text) {
        return new Letter(to, subject, text + "\n\nAttune", Letter.Kind.SECURITY, type);
    }

    private String url(String path) {
        return publicUrl.base() + path;
    }
}
