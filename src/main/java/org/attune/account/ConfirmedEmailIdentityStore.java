package org.attune.account;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.attune.database.DatabaseClock;
import org.attune.web.SecurityLog;

/**
 * Signs in the owner of a new account who has just confirmed its address by the mailed link, as sign-up promises;
 * validates only {@link ConfirmedEmailCredential}s, which no request can carry. An inactive account is refused, and so
 * is one with two-step sign-in (its owner signs in with password and code).
 */
@ApplicationScoped
public class ConfirmedEmailIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    SignInOutcome outcome;

    @Inject
    SecondFactors secondFactors;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ConfirmedEmailCredential confirmed)) {
            return NOT_VALIDATED_RESULT;
        }
        // An account with two-step sign-in is signed in only with its code: a link in a mailbox is not enough.
        var account = accounts.find(confirmed.accountId())
                .filter(Account::isActive)
                .filter(a -> !secondFactors.isOn(a.getId()));
        if (account.isEmpty()) {
            return INVALID_RESULT;
        }
        var signedIn = account.get();
        outcome.signedIn(new SessionStamp(
                signedIn.getId(), signedIn.getEmail(), signedIn.getSecurityVersion(), Instant.now(clock)));
        SecurityLog.event("signin.succeeded")
                .with("account", signedIn.getId())
                .with("by", "email-link")
                .info();
        return new CredentialValidationResult(
                signedIn.getEmail(),
                signedIn.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
