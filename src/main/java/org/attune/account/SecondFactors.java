package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.attune.database.DatabaseClock;
import org.attune.database.KeyEncryption;
import org.attune.web.ClientAddress;
import org.attune.web.Dates;
import org.attune.web.SecurityLog;

/**
 * Two-step sign-in: an authenticator app's codes (TOTP) as a second proof beside the password. Setting it up gives
 * the app a new secret, which counts once one code from the app has been typed; then ten recovery codes are shown,
 * once. Instructors and admins must have it before they reach the staff areas; clinicians may. Every code is
 * accepted once at most (no replay within its window), a recovery code once ever. Staff cannot turn theirs off; an
 * admin can reset anyone's, which also signs them out everywhere. Each change is written to the security log.
 */
@ApplicationScoped
@Transactional
public class SecondFactors {

    /** How a second step was proved, as the security log names it. */
    public enum Proof {
        totp,
        recovery_code
    }

    /** A setup waiting for its first code: the secret as the app takes it, by QR code or typed. */
    public record Enrolment(String secret, String address) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyEncryption keys;

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    HttpServletRequest request;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Whether the account has two-step sign-in (a confirmed authenticator); from the second-level cache. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOn(long accountId) {
        var factor = em.find(SecondFactor.class, accountId);
        return factor != null && factor.isConfirmed();
    }

    /** Since when the account has had two-step sign-in; empty when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> onSince(long accountId) {
        return Optional.ofNullable(em.find(SecondFactor.class, accountId)).flatMap(SecondFactor::confirmedAt);
    }

    public long recoveryCodesLeft(long accountId) {
        return unusedCodes(accountId).size();
    }

    /**
     * Starts setting up two-step sign-in with a new secret, replacing one that was never confirmed; refused when it
     * is already on.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public Enrolment begin(long accountId) throws AccountRefusal {
        var account = accounts.find(accountId).orElseThrow(() -> new AccountRefusal("account.refusal.noAccount"));
        var existing = em.find(SecondFactor.class, accountId);
        if (existing != null && existing.isConfirmed()) {
            throw new AccountRefusal("account.refusal.twoStepOn");
        }
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        var secret = Totp.newSecret();
        em.persist(new SecondFactor(accountId, keys.seal(secret, SecondFactor.purpose(accountId)), Instant.now(clock)));
        var text = Base32.encode(secret);
        Arrays.fill(secret, (byte) 0);
        return new Enrolment(text, address(account.getEmail(), text));
    }

    /** The address an authenticator app reads from the QR code. */
    static String address(String email, String secret) {
        var account = URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/Attune:" + account + "?secret=" + secret + "&issuer=Attune";
    }

    /**
     * Turns two-step sign-in on when the code comes from the secret being set up, and returns the ten recovery
     * codes (kept only hashed from now on: this is the one time they can be shown).
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public List<String> confirm(long accountId, String code) throws AccountRefusal {
        var factor = em.find(SecondFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (factor == null || factor.isConfirmed()) {
            throw new AccountRefusal("account.refusal.setupClosed");
        }
        var step = Totp.match(secretOf(factor), code, Instant.now(clock), factor.lastStep());
        if (step.isEmpty()) {
            throw new AccountRefusal("account.refusal.setupCode");
        }
        factor.confirm(Instant.now(clock));
        factor.accepted(step.getAsLong());
        var codes = newRecoveryCodes(accountId);
        SecurityLog.event("twofactor.enrolled")
                .with("account", accountId)
                .with("ip", address())
                .info();
        return codes;
    }

    /**
     * Whether the code (from the app, or a recovery code) proves the second step for the account, and how; a code
     * accepted once is never accepted again. Holds the authenticator's row lock, so that two requests with the same
     * code, on any servers, are decided one after the other.
     */
    public Optional<Proof> verify(long accountId, String code) {
        var factor = em.find(SecondFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (factor == null || !factor.isConfirmed() || code == null || code.isBlank()) {
            return Optional.empty();
        }
        var step = Totp.match(secretOf(factor), code, Instant.now(clock), factor.lastStep());
        if (step.isPresent()) {
            factor.accepted(step.getAsLong());
            return Optional.of(Proof.totp);
        }
        for (var recovery : unusedCodes(accountId)) {
            if (recovery.matches(code)) {
                recovery.use(Instant.now(clock));
                return Optional.of(Proof.recovery_code);
            }
        }
        return Optional.empty();
    }

    /**
     * Turns the person's own two-step sign-in off, with a current code; clinicians only, since staff must keep it.
     * Wrong codes count towards the sign-in pause, as at sign-in.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public void turnOff(long accountId, String code) throws AccountRefusal {
        var account = accounts.find(accountId).orElseThrow(() -> new AccountRefusal("account.refusal.noAccount"));
        if (isStaff(account)) {
            throw new AccountRefusal("account.refusal.staffKeepsTwoStep");
        }
        var attempt = throttle.attempt(throttleKey(accountId), address());
        if (!attempt.allowed()) {
            throw new AccountRefusal(
                    "account.code.paused", Dates.format(attempt.pausedUntil().orElseThrow()));
        }
        if (verify(accountId, code).isEmpty()) {
            SecurityLog.event("twofactor.failed")
                    .with("account", accountId)
                    .with("ip", address())
                    .warning();
            throw new AccountRefusal("account.refusal.codeWrong");
        }
        throttle.succeeded(throttleKey(accountId));
        forget(accountId);
        SecurityLog.event("twofactor.turned-off")
                .with("account", accountId)
                .with("ip", address())
                .info();
    }

    /**
     * An admin's reset of someone's two-step sign-in (a lost phone): the authenticator and recovery codes go, and
     * the person is signed out everywhere. Staff set it up again before they reach the staff areas.
     */
    public void reset(long accountId) {
        var account = accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("No such account."));
        forget(accountId);
        account.bumpSecurityVersion();
        SecurityLog.event("twofactor.reset")
                .with("account", accountId)
                .with("by", accounts.actor())
                .info();
    }

    /**
     * Gives the account two-step sign-in with a known secret, confirmed at once, unless it has that very secret
     * already: how the operator's {@code ATTUNE_ADMIN_TOTP_SECRET} reaches the first admin, and how tests give staff
     * a secret they can compute codes from. A different secret it had is replaced, which signs the account out
     * everywhere. Returns whether anything changed.
     */
    public boolean assign(long accountId, byte[] secret) {
        var account = accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("No such account."));
        var existing = em.find(SecondFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && existing.isConfirmed() && sameSecret(existing, secret)) {
            return false;
        }
        if (existing != null) {
            if (existing.isConfirmed()) {
                account.bumpSecurityVersion();
            }
            forget(accountId);
            em.flush();
        }
        var factor =
                new SecondFactor(accountId, keys.seal(secret, SecondFactor.purpose(accountId)), Instant.now(clock));
        factor.confirm(Instant.now(clock));
        em.persist(factor);
        SecurityLog.event("twofactor.assigned")
                .with("account", accountId)
                .with("by", accounts.actor())
                .info();
        return true;
    }

    /** What counts a person's wrong codes in {@link SignInThrottle}, apart from their wrong passwords. */
    static String throttleKey(long accountId) {
        return "second-step " + accountId;
    }

    static boolean isStaff(Account account) {
        return account.getRoles().contains(Role.instructor)
                || account.getRoles().contains(Role.admin);
    }

    /** The authenticator and recovery codes of an account being closed go with its sign-in. */
    void forget(long accountId) {
        var factor = em.find(SecondFactor.class, accountId);
        if (factor != null) {
            em.remove(factor);
        }
        em.createNamedQuery("RecoveryCode.forget")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    private List<String> newRecoveryCodes(long accountId) {
        em.createNamedQuery("RecoveryCode.forget")
                .setParameter("account", accountId)
                .executeUpdate();
        var codes = new ArrayList<String>(RecoveryCode.COUNT);
        for (int i = 0; i < RecoveryCode.COUNT; i++) {
            var code = RecoveryCode.generate();
            em.persist(new RecoveryCode(accountId, code));
            codes.add(code);
        }
        return codes;
    }

    private List<RecoveryCode> unusedCodes(long accountId) {
        return em.createNamedQuery("RecoveryCode.unused", RecoveryCode.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /**
     * Whether the authenticator has this secret; not when it no longer opens (sealed under a key-encryption key that
     * was lost), so the operator's secret replaces it.
     */
    private boolean sameSecret(SecondFactor factor, byte[] secret) {
        try {
            return Arrays.equals(secretOf(factor), secret);
        } catch (KeyEncryption.SealedValueException unreadable) {
            return false;
        }
    }

    private byte[] secretOf(SecondFactor factor) {
        return keys.open(factor.sealedSecret(), SecondFactor.purpose(factor.accountId()));
    }

    /** The client's address for the log; "system" outside a request (start-up). */
    private String address() {
        try {
            return ClientAddress.of(request);
        } catch (RuntimeException outsideARequest) {
            return "system";
        }
    }
}
