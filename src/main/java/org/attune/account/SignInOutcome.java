package org.attune.account;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * What the identity store found out during this request's sign-in, for the page to tell the person: whether the
 * attempt was paused by throttling (and why), whether a code must follow the password (or came too late), and the
 * stamp the session takes when sign-in succeeds.
 */
@RequestScoped
public class SignInOutcome {

    private SignInThrottle.Attempt refused;
    private SessionStamp stamp;
    private PendingSignIn pending;
    private boolean lapsed;

    void refused(SignInThrottle.Attempt attempt) {
        refused = attempt;
    }

    void signedIn(SessionStamp stamp) {
        this.stamp = stamp;
    }

    void secondStepNeeded(PendingSignIn pending) {
        this.pending = pending;
    }

    void lapsed() {
        lapsed = true;
    }

    /** The half-done sign-in, when the password was right and a code must follow. */
    Optional<PendingSignIn> pendingSecondStep() {
        return Optional.ofNullable(pending);
    }

    /** Whether the second step came too late, or without a first: the password is needed again. */
    boolean secondStepLapsed() {
        return lapsed;
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
