package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * What the identity store found out during this request's sign-in, for the page to tell the person: whether the
 * attempt was paused by throttling (and why), and the stamp the session takes when sign-in succeeds.
 */
@RequestScoped
public class SignInOutcome {

    private SignInThrottle.Attempt refused;
    private SessionStamp stamp;

    void refused(SignInThrottle.Attempt attempt) {
        refused = attempt;
    }

    void signedIn(SessionStamp stamp) {
        this.stamp = stamp;
    }

    Optional<SessionStamp> stamp() {
        return Optional.ofNullable(stamp);
    }

    /** When signing in is possible again, if this attempt was paused. */
    public Optional<Instant> pausedUntil() {
        return refused == null ? Optional.empty() : refused.pausedUntil();
    }

    /** Whether the pause is for the client's address (many emails tried from it) rather than for the email. */
    public boolean pausedByAddress() {
        return refused != null && refused.byAddress();
    }
}
