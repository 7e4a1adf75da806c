package org.attune.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.attune.database.DatabaseClock;

/**
 * The records of LTI launches: the registered platforms, the logins in flight (each state and nonce used once, in
 * the database so every node of a cluster agrees), the launches validated and the link from a platform's user to an
 * Attune account.
 */
@ApplicationScoped
public class LtiService {

    /** How long a login may take to come back as a launch: the platform answers at once, unless the person dawdles. */
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** A login that was started and has now been used once, for the launch to check against. */
    record UsedLogin(long platformId, String nonce) {}

    @Transactional
    public List<LtiPlatform> platforms() {
        return em.createNamedQuery("LtiPlatform.all", LtiPlatform.class).getResultList();
    }

    @Transactional
    public Optional<LtiPlatform> platform(long id) {
        return Optional.ofNullable(em.find(LtiPlatform.class, id));
    }

    /** The platforms registered under an issuer; the client id, when given, picks among several. */
    @Transactional
    public List<LtiPlatform> platformsOf(String issuer, String clientId) {
        return em.createNamedQuery("LtiPlatform.byIssuer", LtiPlatform.class)
                .setParameter("issuer", issuer)
                .getResultStream()
                .filter(p ->
                        clientId == null || clientId.isBlank() || p.clientId().equals(clientId))
                .toList();
    }

    /**
     * Registers a new platform or saves the changes to one; the form must have no {@link PlatformForm#problems()}.
     * Refused (empty) when another registration has this issuer and client id.
     */
    @Transactional
    public Optional<LtiPlatform> save(PlatformForm form, long adminId) {
        var issuer = form.getIssuer().strip();
        var clientId = form.getClientId().strip();
        var same = platformsOf(issuer, clientId).stream()
                .filter(p -> form.getId() == null || p.id() != form.getId())
                .findAny();
        if (same.isPresent()) {
            return Optional.empty();
        }
        if (form.getId() == null) {
            var platform = new LtiPlatform(form, adminId, Instant.now(clock));
            em.persist(platform);
            return Optional.of(platform);
        }
        var platform = em.find(LtiPlatform.class, form.getId());
        if (platform == null) {
            return Optional.empty();
        }
        platform.update(form);
        return Optional.of(platform);
    }

    /** Starts a login for the platform: a fresh state and nonce, kept until used or expired. */
    @Transactional
    public LtiLogin startLogin(long platformId) {
        var now = Instant.now(clock);
        em.createQuery("delete from LtiLogin l where l.expiresAt < :before")
                .setParameter("before", now.minus(Duration.ofDays(1)))
                .executeUpdate();
        var login = new LtiLogin(random(), random(), platformId, now.plus(LOGIN_LIFETIME));
        em.persist(login);
        return login;
    }

    /**
     * Uses the login of this state, once: under its row lock, so that of two launches with one state, on any nodes,
     * one finds it used. Empty when there is no such login, it was used, or it expired.
     */
    @Transactional
    public Optional<UsedLogin> useLogin(String state) {
        var login = em.find(LtiLogin.class, state, LockModeType.PESSIMISTIC_WRITE);
        var now = Instant.now(clock);
        if (login == null || login.used() || !login.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        login.use(now);
        return Optional.of(new UsedLogin(login.platformId(), login.nonce()));
    }

    /** Records a validated launch. */
    @Transactional
    public LtiLaunch record(long platformId, JWTClaimsSet claims) {
        var launch = new LtiLaunch(
                platformId,
                (String) claims.getClaim(LaunchChecks.MESSAGE_TYPE),
                claims.getSubject(),
                claims,
                Instant.now(clock));
        em.persist(launch);
        return launch;
    }

    @Transactional
    public Optional<LtiLaunch> launch(long launchId) {
        return Optional.ofNullable(em.find(LtiLaunch.class, launchId));
    }

    /** The account linked to the platform's user, if the person has linked one. */
    @Transactional
    public Optional<Long> linkedAccount(String issuer, String subject) {
        return em.createNamedQuery("LtiIdentity.of", LtiIdentity.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst()
                .map(LtiIdentity::accountId);
    }

    /**
     * Links the launch's platform user to the account, unless they are linked already (then to whichever account
     * they were linked to first, which is returned), and records that the launch signed it in.
     */
    @Transactional
    public long link(long launchId, long accountId) {
        var launch = em.find(LtiLaunch.class, launchId);
        var platform = em.find(LtiPlatform.class, launch.platformId());
        var linked = linkedAccount(platform.issuer(), launch.subject());
        if (linked.isEmpty()) {
            em.persist(
                    new LtiIdentity(platform.id(), platform.issuer(), launch.subject(), accountId, Instant.now(clock)));
        }
        long account = linked.orElse(accountId);
        launch.signedIn(account);
        return account;
    }

    /** Records which account a launch signed in. */
    @Transactional
    public void signedIn(long launchId, long accountId) {
        em.find(LtiLaunch.class, launchId).signedIn(accountId);
    }

    private static String random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
