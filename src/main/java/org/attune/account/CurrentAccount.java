package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is signed in for this request, as pages and page beans need it ({@code #{me.signedIn}},
 * {@code #{me.fullName}}). Looks the account up at most once per request, by the id its session was signed in
 * with ({@link SessionStamp}), from the second-level cache.
 */
@Named("me")
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

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
            var session = caller == null ? null : request.getSession(false);
            var stamp = session == null ? null : session.getAttribute(SessionStamp.ATTRIBUTE);
            // By id, not by email: an entity read by id comes from the second-level cache on every node, where the
            // email query's cached result did not (in the cluster it missed every time). SessionGuard has already
            // signed out a session whose account changed; a deactivated one is still nobody here.
            account = stamp instanceof SessionStamp signedIn && signedIn.email().equals(caller.getName())
                    ? accounts.cached(signedIn.accountId()).filter(Account::isActive)
                    : Optional.empty();
        }
        return account;
    }
}
