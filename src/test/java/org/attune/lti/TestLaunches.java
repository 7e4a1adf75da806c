package org.attune.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Platforms and validated launches for in-container tests of what follows a launch (the grade service, deep
 * linking): a registration and a launch's row as the launch service leaves them after it checked the id_token, and
 * its {@link LtiLaunched} event fired after they committed, as the launch service fires it. The launch's own checks
 * are tested with a signed launch elsewhere.
 */
@ApplicationScoped
public class TestLaunches {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LtiLaunched> launched;

    @Inject
    TestLaunches self;

    /** A platform registered by the admin, whose token URL is the given one; its id. */
    @Transactional
    public LtiPlatform platform(long admin, String tokenUrl) {
        var form = new PlatformForm();
        form.setIssuer("https://lms-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org");
        form.setClientId("client-" + UUID.randomUUID());
        form.setDeploymentIds("dep-1");
        form.setAuthUrl(form.getIssuer() + "/auth");
        form.setJwksUrl(form.getIssuer() + "/jwks");
        form.setTokenUrl(tokenUrl);
        var platform = new LtiPlatform(form, admin, Instant.now());
        em.persist(platform);
        return platform;
    }

    /** A learner's resource-link launch into the module whose AGS claim names the line item; its event fired. */
    public long resourceLink(LtiPlatform platform, long account, String subject, String module, String lineitem) {
        var claims = base(platform, subject, "LtiResourceLinkRequest", LEARNER)
                .claim("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of(DeepLinking.MODULE_PARAMETER, module))
                .claim(
                        AgsEndpoint.CLAIM,
                        Map.of(
                                "scope",
                                List.of(
                                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                        AgsEndpoint.SCORE_SCOPE),
                                "lineitem",
                                lineitem))
                .build();
        long id = self.persist(platform, account, "LtiResourceLinkRequest", claims);
        launched.fire(new LtiLaunched(id, platform.id(), account, module));
        return id;
    }

    /** A deep-linking request launch by someone of the given role; its id. */
    public long deepLinking(LtiPlatform platform, long account, String role, String data) {
        var settings = new java.util.LinkedHashMap<String, Object>();
        settings.put("deep_link_return_url", platform.issuer() + "/deep_links");
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("window"));
        settings.put("data", data);
        var claims = base(platform, "teacher-" + account, "LtiDeepLinkingRequest", role)
                .claim(DeepLinking.SETTINGS, settings)
                .build();
        return self.persist(platform, account, "LtiDeepLinkingRequest", claims);
    }

    @Transactional
    public long persist(LtiPlatform platform, long account, String messageType, JWTClaimsSet claims) {
        var launch = new LtiLaunch(platform.id(), messageType, claims.getSubject(), claims, Instant.now());
        launch.signedIn(account);
        em.persist(launch);
        return launch.id();
    }

    private static JWTClaimsSet.Builder base(LtiPlatform platform, String subject, String messageType, String role) {
        return new JWTClaimsSet.Builder()
                .issuer(platform.issuer())
                .subject(subject)
                .audience(platform.clientId())
                .claim(DeepLinking.MESSAGE_TYPE, messageType)
                .claim(DeepLinking.VERSION, "1.3.0")
                .claim(DeepLinking.DEPLOYMENT_ID, "dep-1")
                .claim(DeepLinking.ROLES, List.of(role));
    }
}
