package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/**
 * Who is signed in for this request, as pages and page beans need it ({@code #{me.signedIn}},
 * {@code #{me.fullName}}). Looks the account up at most once per request.
 */
@Named("me")
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Optional<Account> account;

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getFullName() {
        return account().map(Account::getFullName).orElse("");
    }

    public String getEmail() {
        return account().map(Account::getEmail).orElse("");
    }

    /** Instructors and admins: they may grant accommodations, and later author and manage. */
    public boolean isTeaching() {
        return hasRole(Role.instructor) || hasRole(Role.admin);
    }

    /** The signed-in account's id; empty for a visitor. */
    public Optional<Long> id() {
        return account().map(Account::getId);
    }

    public boolean hasRole(Role role) {
        return isSignedIn() && security.isCallerInRole(role.name());
    }

    private Optional<Account> account() {
        if (account == null) {
            var caller = security.getCallerPrincipal();
            // A deactivated account is signed out at its next request, even with a session still open.
            account = caller == null
                    ? Optional.empty()
                    : accounts.findByEmail(caller.getName()).filter(Account::isActive);
        }
        return account;
    }
}
