package org.attune.account;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Jakarta Security's view of Attune's accounts: an email and password are valid when an active account has that
 * email and the password matches its hash. Unknown email, wrong password and inactive account all give the same
 * answer, in about the same time. The caller's name is the account's email; its groups are its roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return NOT_VALIDATED_RESULT;
        }
        if (throttle.pausedUntil(login.getCaller()).isPresent()) {
            return INVALID_RESULT;
        }
        var password = login.getPassword().getValue();
        var account = accounts.findByEmail(login.getCaller());
        boolean valid = account.isPresent()
                ? passwords.verify(password, account.get().getPasswordHash())
                : passwords.verifyDecoy(password);
        if (!valid || !account.get().isActive()) {
            throttle.failed(login.getCaller());
            return INVALID_RESULT;
        }
        throttle.succeeded(login.getCaller());
        return new CredentialValidationResult(
                account.get().getEmail(),
                account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
