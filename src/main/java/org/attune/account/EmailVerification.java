package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.attune.database.DatabaseClock;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.mail.Mail;
import org.attune.web.Dates;
import org.attune.web.SecurityLog;

/**
 * Shows that an address is its owner's: a link mailed to it, valid for {@link #VALID}, once. For a new account it
 * confirms the account's own address (until then no certificate is issued to it); for an email change it moves the
 * account to the new address, after a notice to the old one, and signs the account out everywhere (it signs in with
 * the new address from then on). A confirmed address is a fact: its consequence is the learner's certificates
 * being claimed for courses already complete ({@link #VERIFIED}).
 */
@ApplicationScoped
@Transactional
public class EmailVerification {

    static final Duration VALID = Duration.ofHours(48);

    /** The outbox topic of an address confirmed. */
    public static final String VERIFIED = "email-verified";

    public static final String EXPIRED = "account.refusal.confirmationExpired";

    /** What following a working link did. */
    public record Confirmed(long accountId, String email, boolean changed) {}

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    AccountLinks links;

    @Inject
    MailThrottle throttle;

    @Inject
    SignInThrottle signInThrottle;

    @Inject
    AccountLetters letters;

    @Inject
    Mail mail;

    @Inject
    Outbox outbox;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * Mails a new account the link that confirms its address; following it lands on the way back (a page of this
     * site the person was on their way to when they signed up), if any.
     */
    void sendFor(Account account, Optional<String> wayBack) {
        sendFor(account, wayBack, ReaderLanguage.of(account));
    }

    /** As {@link #sendFor(Account, Optional)}, the letter in the language given (the sign-up page's). */
    void sendFor(Account account, Optional<String> wayBack, Locale language) {
        var token = links.issue(account.getId(), AccountLink.Purpose.VERIFY, account.getEmail(), VALID);
        mail.send(letters.confirmAddress(account, token, wayBack.flatMap(WayBack::local), language));
    }

    /**
     * Mails the account a new confirmation link (the person themselves, or an admin for them); refused for an address
     * already confirmed, and throttled.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public void resend(long accountId, String clientAddress) throws AccountRefusal {
        var account = accounts.find(accountId).orElseThrow(() -> new AccountRefusal("account.refusal.noAccount"));
        if (account.isEmailVerified()) {
            throw new AccountRefusal("account.refusal.alreadyConfirmed");
        }
        var paused = throttle.request(MailThrottle.Kind.VERIFY, account.getEmail(), clientAddress);
        if (paused.isPresent()) {
            throw new AccountRefusal("account.refusal.confirmationPaused", Dates.format(paused.get()));
        }
        sendFor(account, Optional.empty());
        SecurityLog.event("verification.sent").with("account", accountId).info();
    }

    /**
     * Starts moving the account to a new address: checks the current password, then mails the new address a link
     * and the old one a notice. When the new address already has an account, its owner is told that someone tried
     * to use it instead, and the person asking is told the same as otherwise. A wrong password counts as a failed
     * sign-in ({@link SignInThrottle}). The password array is cleared.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public void requestChange(long accountId, String newEmail, char[] currentPassword, String clientAddress)
            throws AccountRefusal {
        try {
            var account = accounts.find(accountId).orElseThrow(() -> new AccountRefusal("account.refusal.noAccount"));
            if (!signInThrottle.attempt(account.getEmail(), clientAddress).allowed()) {
                throw new AccountRefusal(MyAccount.TOO_MANY_PASSWORDS);
            }
            if (!passwords.verify(currentPassword, account.getPasswordHash())) {
                throw new AccountRefusal(MyAccount.WRONG_PASSWORD);
            }
            signInThrottle.succeeded(account.getEmail());
            var normal = AccountService.normalizeEmail(newEmail);
            if (normal.equals(account.getEmail())) {
                throw new AccountRefusal("account.refusal.sameAddress");
            }
            var paused = throttle.request(MailThrottle.Kind.VERIFY, normal, "account-" + accountId);
            if (paused.isPresent()) {
                throw new AccountRefusal("account.refusal.changePaused", Dates.format(paused.get()));
            }
            var owner = accounts.findByEmail(normal);
            if (owner.isPresent()) {
                mail.send(letters.signUpAttempt(owner.get()));
            } else {
                var token = links.issue(account.getId(), AccountLink.Purpose.VERIFY, normal, VALID);
                mail.send(letters.confirmNewAddress(account, normal, token));
            }
            mail.send(letters.addressChanging(account, normal));
            SecurityLog.event("account.email-change-requested")
                    .with("account", accountId)
                    .with("to", normal)
                    .info();
        } finally {
            Arrays.fill(currentPassword, '\0');
        }
    }

    /**
     * Follows a confirmation link: confirms the account's address, or moves it to the new one the link was sent
     * to. Refused when the link does not work, or the new address has meanwhile been taken.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public Confirmed confirm(String token) throws AccountRefusal {
        var link = links.working(token, AccountLink.Purpose.VERIFY).orElseThrow(() -> new AccountRefusal(EXPIRED));
        var account = accounts.find(link.getAccountId())
                .filter(Account::isActive)
                .orElseThrow(() -> new AccountRefusal(EXPIRED));
        var now = Instant.now(clock);
        link.use(now);
        boolean changed = !link.getEmail().equals(account.getEmail());
        if (changed) {
            if (accounts.findByEmail(link.getEmail()).isPresent()) {
                throw new AccountRefusal("account.refusal.addressTaken");
            }
            var before = account.getEmail();
            account.changeEmail(link.getEmail(), now);
            account.bumpSecurityVersion();
            SecurityLog.event("account.email-changed")
                    .with("account", account.getId())
                    .with("from", before)
                    .with("to", link.getEmail())
                    .info();
        } else {
            account.verifyEmail(now);
            SecurityLog.event("account.email-verified")
                    .with("account", account.getId())
                    .info();
        }
        outbox.record(
                VERIFIED,
                "account-" + account.getId() + "-" + now.toEpochMilli(),
                Payload.of("account", account.getId()));
        return new Confirmed(account.getId(), account.getEmail(), changed);
    }

    /** Whether the account's address is confirmed. */
    public Optional<Boolean> verified(long accountId) {
        return accounts.find(accountId).map(Account::isEmailVerified);
    }
}
