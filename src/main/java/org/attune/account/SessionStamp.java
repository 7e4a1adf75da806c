package org.attune.account;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a session remembers of its sign-in: which account, under which security version, and when. Kept in the HTTP
 * session (and so replicated with it to the other node of a cluster), set by every sign-in and read by
 * {@link SessionGuard} on every request.
 */
public record SessionStamp(long accountId, String email, int securityVersion, Instant signedInAt)
        implements Serializable {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = "org.attune.account.SessionStamp";

    public SessionStamp {
        Objects.requireNonNull(email, "The email is required.");
        Objects.requireNonNull(signedInAt, "The sign-in time is required.");
    }

    /** Whether the session has lasted its whole lifetime, however active it was. */
    public boolean outlived(Duration lifetime, Instant now) {
        return !now.isBefore(signedInAt.plus(lifetime));
    }
}
