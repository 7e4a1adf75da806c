package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.attune.mail.Mail;
import org.attune.web.SecurityLog;
import org.attune.web.Texts;

/**
 * Signing up, answered the same whether or not the address has an account ("check your inbox"): a new address gets
 * an unverified account and the link that confirms it ({@link EmailVerification}); an address that has an account
 * gets, instead, a message telling its owner that someone tried. The password is hashed either way, so the answer
 * takes as long. Sign-ups are throttled per client address, and so is mail to one address.
 */
@ApplicationScoped
@Transactional
public class Registration {

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    EmailVerification verification;

    @Inject
    MailThrottle throttle;

    @Inject
    AccountLetters letters;

    @Inject
    Mail mail;

    /**
     * Signs up, or tells the address's owner someone tried. A name a certificate could not print is refused with
     * {@link PrintableName}'s message. The confirmation link leads on to the way back, a page of this site the
     * person was on their way to; it is written in the language of the page the person signed up on. Returns the
     * moment until which sign-ups are paused, when they are.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public Optional<Instant> signUp(SignUpRequest request, String clientAddress, Optional<String> wayBack)
            throws AccountRefusal {
        var problem = PrintableName.problem(request.fullName());
        if (problem.isPresent()) {
            throw new AccountRefusal(problem.get());
        }
        var email = AccountService.normalizeEmail(request.email());
        var paused = throttle.request(MailThrottle.Kind.SIGNUP, email, clientAddress);
        if (paused.isPresent()) {
            SecurityLog.event("signup.throttled")
                    .with("email", email)
                    .with("ip", clientAddress)
                    .warning();
            return paused;
        }
        var owner = accounts.findByEmail(email);
        if (owner.isPresent()) {
            passwords.hash(request.password());
            Arrays.fill(request.password(), '\0');
            mail.send(letters.signUpAttempt(owner.get()));
            SecurityLog.event("signup.existing-email")
                    .with("account", owner.get().getId())
                    .with("ip", clientAddress)
                    .info();
            return Optional.empty();
        }
        var account = accounts.signUp(request);
        verification.sendFor(account, wayBack, Texts.current());
        SecurityLog.event("signup")
                .with("account", account.getId())
                .with("ip", clientAddress)
                .info();
        return Optional.empty();
    }
}
