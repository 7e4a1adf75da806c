package org.attune.account;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What every signed-in request checks and shows of its account ({@link SessionGuard}, {@link CurrentAccount}), as
 * an immutable value kept by {@link Callers}: who it is, whether it may still sign in, and its security version.
 *
 * @param active false too for an account that no longer exists
 * @param language the language the person chose, null for "as my browser says"
 */
public record Caller(long id, String email, String fullName, boolean active, int securityVersion, Locale language)
        implements Serializable {

    public Caller {
        Objects.requireNonNull(email, "The email is required.");
        Objects.requireNonNull(fullName, "The name is required.");
    }

    static Caller of(Account account) {
        return new Caller(
                account.getId(),
                account.getEmail(),
                account.getFullName(),
                account.isActive(),
                account.getSecurityVersion(),
                account.getLanguage().orElse(null));
    }

    /** The caller whose account is gone. */
    static Caller gone(long id) {
        return new Caller(id, "", "", false, -1, null);
    }
}
