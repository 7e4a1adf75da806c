package org.attune.account;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.attune.database.DatabaseClock;
import org.attune.web.ClientAddress;
import org.attune.web.SecurityLog;

/**
 * Jakarta Security's view of Attune's accounts: an email and password are valid when an active account has that
 * email and the password matches its hash. Unknown email, wrong password and inactive account all give the same
 * answer, in about the same time. The caller's name is the account's email; its groups are its roles, as they are
 * at this moment, together with the security version they belong to ({@link SessionStamp}). Every attempt passes
 * the {@link SignInThrottle} first and is written to the security log. An account with two-step sign-in is not
 * signed in by its password alone: the right password leaves a {@link PendingSignIn}, and a code from its
 * authenticator ({@link SecondStepCredential}) must follow.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInOutcome outcome;

    @Inject
    HttpServletRequest request;

    @Inject
    SecondFactors secondFactors;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof SecondStepCredential second) {
            return secondStep(second.code());
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return NOT_VALIDATED_RESULT;
        }
        var email = login.getCaller();
        var address = ClientAddress.of(request);
        var attempt = throttle.attempt(email, address);
        if (!attempt.allowed()) {
            outcome.refused(attempt);
            SecurityLog.event("signin.throttled")
                    .with("email", email)
                    .with("ip", address)
                    .with("by", attempt.byAddress() ? "address" : "email")
                    .with("until", attempt.pausedUntil().orElseThrow())
                    .warning();
            return INVALID_RESULT;
        }
        var password = login.getPassword().getValue();
        var account = accounts.findByEmail(email);
        boolean valid = account.isPresent()
                ? passwords.verify(password, account.get().getPasswordHash())
                : passwords.verifyDecoy(password);
        if (!valid || !account.get().isActive()) {
            SecurityLog.event("signin.failed")
                    .with("account", account.map(Account::getId).orElse(null))
                    .with("email", email)
                    .with("ip", address)
                    .with("reason", account.isEmpty() ? "no-account" : !valid ? "wrong-password" : "deactivated")
                    .warning();
            return INVALID_RESULT;
        }
        throttle.succeeded(email);
        var signedIn = account.get();
        if (secondFactors.isOn(signedIn.getId())) {
            // The password is right, and not enough: nobody is signed in until the code is, too.
            outcome.secondStepNeeded(
                    new PendingSignIn(signedIn.getId(), signedIn.getSecurityVersion(), Instant.now(clock)));
            SecurityLog.event("signin.password-accepted")
                    .with("account", signedIn.getId())
                    .with("ip", address)
                    .info();
            return INVALID_RESULT;
        }
        return signedIn(signedIn, address, null);
    }

    /**
     * The second step: the code must prove the sign-in this session's right password began, while it is recent and
     * its account unchanged. Wrong codes are throttled per account (apart from wrong passwords, so a right password
     * does not clear them) and per address, as passwords are.
     */
    private CredentialValidationResult secondStep(String code) {
        var address = ClientAddress.of(request);
        var session = request.getSession(false);
        var pending = session == null ? null : session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (!(pending instanceof PendingSignIn started)) {
            outcome.lapsed();
            return INVALID_RESULT;
        }
        var account = accounts.find(started.accountId());
        if (started.expired(Instant.now(clock))
                || account.isEmpty()
                || !account.get().isActive()
                || account.get().getSecurityVersion() != started.securityVersion()) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            outcome.lapsed();
            return INVALID_RESULT;
        }
        var key = SecondFactors.throttleKey(started.accountId());
        var attempt = throttle.attempt(key, address);
        if (!attempt.allowed()) {
            outcome.refused(attempt);
            SecurityLog.event("signin.throttled")
                    .with("account", started.accountId())
                    .with("ip", address)
                    .with("by", attempt.byAddress() ? "address" : "account")
                    .with("step", "code")
                    .with("until", attempt.pausedUntil().orElseThrow())
                    .warning();
            return INVALID_RESULT;
        }
        var proof = secondFactors.verify(started.accountId(), code);
        if (proof.isEmpty()) {
            SecurityLog.event("signin.failed")
                    .with("account", started.accountId())
                    .with("ip", address)
                    .with("reason", "wrong-code")
                    .warning();
            return INVALID_RESULT;
        }
        throttle.succeeded(key);
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        return signedIn(account.get(), address, proof.get());
    }

    private CredentialValidationResult signedIn(Account signedIn, String address, SecondFactors.Proof proof) {
        outcome.signedIn(new SessionStamp(
                signedIn.getId(), signedIn.getEmail(), signedIn.getSecurityVersion(), Instant.now(clock)));
        SecurityLog.event("signin.succeeded")
                .with("account", signedIn.getId())
                .with("ip", address)
                .with("factor", proof)
                .info();
        return new CredentialValidationResult(
                signedIn.getEmail(),
                signedIn.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
