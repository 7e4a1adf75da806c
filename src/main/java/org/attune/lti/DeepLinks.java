package org.attune.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleSummary;
import org.attune.database.DatabaseClock;

/**
 * Answers a platform's deep-linking request: the instructor who launched it, signed in to the account that launch
 * signed in, picks one of Attune's published modules, and Attune returns a signed {@code LtiDeepLinkingResponse}
 * ({@link DeepLinking#answer}) for the browser to post back to the platform's return URL. Only the launch's own
 * account may answer it, only when the launch's roles name an instructor or an administrator, and only within
 * {@link #PATIENCE} of the launch.
 */
@ApplicationScoped
public class DeepLinks {

    /** How long after the launch an instructor may still answer it. */
    static final Duration PATIENCE = Duration.ofHours(1);

    /** The answer, for the browser to post to the platform: the return URL and the signed JWT. */
    public record Answer(String returnUrl, String jwt) {}

    @Inject
    LtiLaunches launches;

    @Inject
    CatalogService catalog;

    @Inject
    ToolKeys keys;

    @Inject
    ToolUrls urls;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** The modules the instructor may link to from the launch; refused when they may not answer it. */
    @Transactional
    public List<ModuleSummary> offer(long accountId, long launchId) throws DeepLinkRefusal {
        request(accountId, launchId);
        return catalog.publishedModules();
    }

    /** The signed answer linking the chosen module; refused when they may not answer, or it is not published. */
    @Transactional
    public Answer answer(long accountId, long launchId, String moduleSlug) throws DeepLinkRefusal {
        var launch = launches.find(launchId).orElseThrow(() -> new DeepLinkRefusal("lti.deepLink.unknown"));
        var request = request(accountId, launchId);
        var module = catalog.publishedModules().stream()
                .filter(m -> m.slug().equals(moduleSlug))
                .findFirst()
                .orElseThrow(() -> new DeepLinkRefusal("lti.deepLink.noSuchModule"));
        var platform =
                launches.platform(launch.platformId()).orElseThrow(() -> new DeepLinkRefusal("lti.deepLink.unknown"));
        var claims = DeepLinking.answer(
                request,
                platform.clientId(),
                platform.issuer(),
                new DeepLinking.Choice(module.slug(), module.title()),
                urls.getLaunch(),
                nonce(),
                Instant.now(clock));
        return new Answer(request.returnUrl(), keys.sign(claims));
    }

    private DeepLinking.Request request(long accountId, long launchId) throws DeepLinkRefusal {
        var launch = launches.find(launchId)
                .filter(l -> l.accountId() != null && l.accountId() == accountId)
                .orElseThrow(() -> new DeepLinkRefusal("lti.deepLink.unknown"));
        if (launch.createdAt().plus(PATIENCE).isBefore(Instant.now(clock))) {
            throw new DeepLinkRefusal("lti.deepLink.expired");
        }
        var request = DeepLinking.request(launch.claims().toString())
                .orElseThrow(() -> new DeepLinkRefusal("lti.deepLink.notARequest"));
        if (!request.instructor()) {
            throw new DeepLinkRefusal("lti.deepLink.instructorsOnly");
        }
        return request;
    }

    private String nonce() {
        var bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
