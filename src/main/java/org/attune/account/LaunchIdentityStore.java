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
import java.util.Set;
import org.attune.database.DatabaseClock;
import org.attune.web.SecurityLog;

/**
 * Signs in the account an LTI launch is for ({@link LaunchCredential}) as a clinician; and as an instructor when the
 * platform launched them as one and the account already instructs in Attune, so that they may read their courses'
 * reports. A platform's word is never enough to author or administer, which still takes an Attune sign-in with the
 * second factor: an admin is signed in without the admin role, and {@link LaunchSessionBounds} keeps the session
 * out of the Author area but for its reports. An inactive account is refused.
 */
@ApplicationScoped
public class LaunchIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    SignInOutcome outcome;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof LaunchCredential launch)) {
            return NOT_VALIDATED_RESULT;
        }
        var account = accounts.find(launch.accountId()).filter(Account::isActive);
        if (account.isEmpty()) {
            return INVALID_RESULT;
        }
        var signedIn = account.get();
        outcome.signedIn(new SessionStamp(
                signedIn.getId(), signedIn.getEmail(), signedIn.getSecurityVersion(), Instant.now(clock)));
        SecurityLog.event("signin.succeeded")
                .with("account", signedIn.getId())
                .with("by", "lti-launch")
                .info();
        var roles = launch.teaching() && signedIn.getRoles().contains(Role.instructor)
                ? Set.of(Role.clinician.name(), Role.instructor.name())
                : Set.of(Role.clinician.name());
        return new CredentialValidationResult(signedIn.getEmail(), roles);
    }
}
