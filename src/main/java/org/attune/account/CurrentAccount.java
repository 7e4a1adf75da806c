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
 * with ({@link SessionStamp}), from the accounts cache ({@link Callers}).
 */
@Named("me")
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext security;

    @Inject
    Callers callers;

    @Inject
    HttpServletRequest request;

    private Optional<Caller> account;

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getFullName() {
        return account().map(Caller::fullName).orElse("");
    }

    public String getEmail() {
        return account().map(Caller::email).orElse("");
    }

    /** Instructors and admins: they may grant accommodations, and later author and manage. */
    public boolean isTeaching() {
        return hasRole(Role.instructor) || hasRole(Role.admin);
    }

    /** Whether an LTI launch signed this session in: it may read teaching reports, never author ({@link LaunchSessionBounds}). */
    public boolean isLaunched() {
        var session = request.getSession(false);
        return session != null && session.getAttribute(LaunchSignIn.ATTRIBUTE) != null;
    }

    /** The signed-in account's id; empty for a visitor. */
    public Optional<Long> id() {
        return account().map(Caller::id);
    }

    /** The language the signed-in person chose on My account; empty for a visitor or "as my browser says". */
    public Optional<java.util.Locale> language() {
        return account().map(Caller::language).filter(java.util.Objects::nonNull);
    }

    public boolean hasRole(Role role) {
        return isSignedIn() && security.isCallerInRole(role.name());
    }

    private Optional<Caller> account() {
        if (account == null) {
            var caller = security.getCallerPrincipal();
            var session = caller == null ? null : request.getSession(false);
            var stamp = session == null ? null : session.getAttribute(SessionStamp.ATTRIBUTE);
            // By id, from the accounts cache (Callers). SessionGuard has already signed out a session whose account
            // changed; a deactivated one is still nobody here.
            account = stamp instanceof SessionStamp signedIn && signedIn.email().equals(caller.getName())
                    ? Optional.of(callers.of(signedIn.accountId())).filter(Caller::active)
                    : Optional.empty();
        }
        return account;
    }
}
