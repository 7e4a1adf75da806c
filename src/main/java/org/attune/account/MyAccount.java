package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Objects;
import org.attune.web.SecurityLog;

/**
 * What a signed-in person changes about themselves on My account: their name as it prints and their profession,
 * and their password, which asks for the current one. A guess at the current password counts as a failed sign-in
 * ({@link SignInThrottle}), so this page is no way around sign-in's limits; the failure is kept even though the
 * change is refused (a checked refusal does not roll the transaction back). Each change is written to the security
 * log. A certificate already made keeps what it printed.
 */
@ApplicationScoped
@Transactional
public class MyAccount {

    public static final String WRONG_PASSWORD = "account.refusal.wrongPassword";
    public static final String TOO_MANY_PASSWORDS = "account.refusal.tooManyPasswords";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    /** Renames the account (the name kept normalized) and sets its profession (blank for none). */
    public void describe(long accountId, String fullName, String profession) throws AccountRefusal {
        var problem = PrintableName.problem(fullName);
        if (problem.isPresent()) {
            throw new AccountRefusal(problem.get());
        }
        var account = mine(accountId);
        var name = PrintableName.normalize(fullName);
        var kept = profession == null || profession.isBlank() ? null : profession.strip();
        if (name.equals(account.getFullName()) && Objects.equals(kept, account.getProfession())) {
            return;
        }
        account.rename(name);
        account.describeProfession(kept);
        SecurityLog.event("account.details-changed").with("account", accountId).info();
    }

    /** Sets the language the account reads Attune in; null for "as my browser says" (cookie, Accept-Language). */
    public void chooseLanguage(long accountId, java.util.Locale language) throws AccountRefusal {
        var account = mine(accountId);
        var chosen = language == null ? null : org.attune.web.Texts.supported(language);
        if (!Objects.equals(chosen, account.getLanguage().orElse(null))) {
            account.setLanguage(chosen);
        }
    }

    /**
     * Replaces the password when the current one is given, with {@link AccountService#changePassword}, which signs
     * the account out everywhere; returns the account's new security version, under which the caller re-stamps the
     * session that asked so that it stays signed in. Both arrays are cleared.
     */
    public int changePassword(long accountId, char[] current, char[] chosen, String address) throws AccountRefusal {
        try {
            var weak = PasswordRules.refusal(chosen);
            if (weak.isPresent()) {
                throw new AccountRefusal(weak.get());
            }
            var account = mine(accountId);
            var attempt = throttle.attempt(account.getEmail(), address);
            if (!attempt.allowed()) {
                throw new AccountRefusal(TOO_MANY_PASSWORDS);
            }
            if (!passwords.verify(current, account.getPasswordHash())) {
                SecurityLog.event("account.password-change-refused")
                        .with("account", accountId)
                        .with("ip", address)
                        .with("reason", "wrong-password")
                        .warning();
                throw new AccountRefusal(WRONG_PASSWORD);
            }
            throttle.succeeded(account.getEmail());
            accounts.changePassword(accountId, chosen);
            return mine(accountId).getSecurityVersion();
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(chosen, '\0');
        }
    }

    private Account mine(long accountId) throws AccountRefusal {
        var account = em.find(Account.class, accountId);
        if (account == null || !account.isActive()) {
            throw new AccountRefusal("account.refusal.noAccount");
        }
        return account;
    }
}
