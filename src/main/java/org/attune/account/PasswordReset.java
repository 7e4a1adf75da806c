package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.attune.database.DatabaseClock;
import org.attune.mail.Mail;
import org.attune.web.SecurityLog;

/**
 * "Forgot your password?": a link mailed to the account's address, valid for {@link #VALID}, once, and only while it
 * is the newest; following it sets a new password, which signs the account out everywhere. Whoever asks is told the
 * same whether or not the address has an account; asking is throttled per address and per client
 * ({@link MailThrottle}). An admin can have a link sent to a person, and never sees or sets the password.
 */
@ApplicationScoped
@Transactional
public class PasswordReset {

    static final Duration VALID = Duration.ofMinutes(30);

    /** What a link that no longer works is told, whatever the reason (used, expired, a newer one sent). */
    public static final String EXPIRED = "account.refusal.resetExpired";

    @Inject
    AccountService accounts;

    @Inject
    AccountLinks links;

    @Inject
    MailThrottle throttle;

    @Inject
    AccountLetters letters;

    @Inject
    Mail mail;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * Mails a reset link to the address if an active account has it, and nothing otherwise. Returns the moment
     * until which more requests for the address (or from the client) are refused, when they are.
     */
    public Optional<Instant> request(String email, String clientAddress) {
        var normal = AccountService.normalizeEmail(email);
        var paused = throttle.request(MailThrottle.Kind.RESET, normal, clientAddress);
        if (paused.isPresent()) {
            SecurityLog.event("reset.throttled")
                    .with("email", normal)
                    .with("ip", clientAddress)
                    .warning();
            return paused;
        }
        var account = accounts.findByEmail(normal).filter(Account::isActive);
        account.ifPresent(this::sendLink);
        SecurityLog.event("reset.requested")
                .with("account", account.map(Account::getId).orElse(null))
                .with("email", normal)
                .with("ip", clientAddress)
                .info();
        return Optional.empty();
    }

    /** An admin has a reset link mailed to the person (logged); the admin never sees the link. */
    @Transactional(rollbackOn = AccountRefusal.class)
    public void sendLinkFor(long accountId, long adminId) throws AccountRefusal {
        var account = accounts.find(accountId).orElseThrow(() -> new AccountRefusal("account.refusal.noAccount"));
        if (!account.isActive()) {
            throw new AccountRefusal("account.refusal.deactivated");
        }
        sendLink(account);
        SecurityLog.event("reset.sent-by-admin")
                .with("account", accountId)
                .with("by", adminId)
                .info();
    }

    /** Whether the token opens the form for a new password. */
    public boolean works(String token) {
        return links.working(token, AccountLink.Purpose.RESET).isPresent();
    }

    /**
     * Sets the new password of the link's account and uses up the link; the account is signed out everywhere and
     * told by mail ({@link AccountService#changePassword}). Following the link also shows the address is the owner's. Returns the account's email.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public String complete(String token, char[] password) throws AccountRefusal {
        var link = links.working(token, AccountLink.Purpose.RESET).orElseThrow(() -> new AccountRefusal(EXPIRED));
        var account = accounts.find(link.getAccountId()).filter(Account::isActive);
        if (account.isEmpty() || !account.get().getEmail().equals(link.getEmail())) {
            throw new AccountRefusal(EXPIRED);
        }
        var now = Instant.now(clock);
        accounts.changePassword(account.get().getId(), password);
        link.use(now);
        account.get().verifyEmail(now);
        SecurityLog.event("reset.completed")
                .with("account", account.get().getId())
                .info();
        return account.get().getEmail();
    }

    private void sendLink(Account account) {
        var token = links.issue(account.getId(), AccountLink.Purpose.RESET, account.getEmail(), VALID);
        mail.send(letters.reset(account, token));
    }
}
