package org.attune.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.account.Base32;
import org.attune.account.Totp;

/**
 * The authenticator apps of test staff: the TOTP secrets tests know, by email, and the codes they show. The IT
 * server's first admin has the secret in {@code ATTUNE_ADMIN_TOTP_SECRET} (pom.xml gives the server and the tests the
 * same environment), accounts given a secret through the service are remembered here.
 *
 * <p>Attune accepts each code once and only within a step of now, so several sign-ins of one account (the IT admin's,
 * from several tests) within one 30-second step need codes of different steps: {@link #nextCode} hands out each step
 * once, the next one early when this one is used, and waits for the clock when both are (never longer than a step).
 */
public final class Authenticators {

    /** The variable that gives the environment's first admin their secret, on the IT server and in the tests. */
    public static final String ADMIN_SECRET = "ATTUNE_ADMIN_TOTP_SECRET";

    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final Clock CLOCK = Clock.systemUTC();

    private Authenticators() {}

    /** Remembers the secret of an account, as its owner's app would. */
    public static void remember(String email, byte[] secret) {
        SECRETS.put(normal(email), secret.clone());
    }

    /** The secret of the account, if a test gave it one or it is the first admin of the environment. */
    public static Optional<byte[]> secretOf(String email) {
        var known = SECRETS.get(normal(email));
        if (known != null) {
            return Optional.of(known);
        }
        var admin = System.getenv("ATTUNE_ADMIN_EMAIL");
        var secret = System.getenv(ADMIN_SECRET);
        if (admin != null && secret != null && normal(admin).equals(normal(email))) {
            return Optional.of(Base32.decode(secret));
        }
        return Optional.empty();
    }

    /**
     * A code the app shows now or at the next step, of a step not handed out before in this JVM: waits (at most one
     * step) when both are used.
     */
    public static String nextCode(byte[] secret) {
        var key = Base32.encode(secret);
        synchronized (Authenticators.class) {
            long now = Totp.step(Instant.now(CLOCK));
            long step = Math.max(now, LAST_STEP.getOrDefault(key, Long.MIN_VALUE) + 1);
            while (step > Totp.step(Instant.now(CLOCK)) + 1) {
                waitForNextStep();
            }
            LAST_STEP.put(key, step);
            return Totp.code(secret, step);
        }
    }

    /** Six digits that are none of the codes Attune would accept now. */
    public static String wrongCode(byte[] secret) {
        long now = Totp.step(Instant.now(CLOCK));
        var accepted = Set.of(
                Totp.code(secret, now - 1),
                Totp.code(secret, now),
                Totp.code(secret, now + 1),
                Totp.code(secret, now + 2));
        for (int candidate = 0; ; candidate++) {
            var code = String.format("%06d", candidate);
            if (!accepted.contains(code)) {
                return code;
            }
        }
    }

    /** A new secret, remembered for the email. */
    public static byte[] newSecret(String email) {
        var secret = Totp.newSecret();
        remember(email, secret);
        return secret;
    }

    private static void waitForNextStep() {
        long millis = Totp.STEP_SECONDS * 1000L - Instant.now(CLOCK).toEpochMilli() % (Totp.STEP_SECONDS * 1000L);
        try {
            Thread.sleep(millis + 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the next TOTP step", e);
        }
    }

    private static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
