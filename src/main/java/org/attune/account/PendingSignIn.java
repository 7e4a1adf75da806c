package org.attune.account;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in half done: the password was right and the account has two-step sign-in, so a code must follow. Kept
 * in the HTTP session, but it signs nobody in: the session has no caller and no roles until the code is right
 * ({@link SecondStepCredential}). It lasts {@link #LIFETIME}, and only for the security version it began under.
 */
public record PendingSignIn(long accountId, int securityVersion, Instant passwordAt) implements Serializable {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = "org.attune.account.PendingSignIn";

    /** Time enough to unlock a phone and open the app; after that the password is asked for again. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    public PendingSignIn {
        Objects.requireNonNull(passwordAt, "The time of the password is required.");
    }

    boolean expired(Instant now) {
        return !now.isBefore(passwordAt.plus(LIFETIME));
    }
}
