package org.attune.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * LTI Deep Linking 2.0 as Attune answers it, as plain functions: what a deep-linking request launch asks (where to
 * return, what it accepts, the data to echo) and who may answer it, and the claims of the answer: one LTI resource
 * link to the chosen module, with the line item the platform is to create for its grade.
 */
public final class DeepLinking {

    static final String MESSAGE_TYPE = "https://purl.imsglobal.org/spec/lti/claim/message_type";
    static final String VERSION = "https://purl.imsglobal.org/spec/lti/claim/version";
    static final String DEPLOYMENT_ID = "https://purl.imsglobal.org/spec/lti/claim/deployment_id";
    static final String ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles";
    static final String SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";

    /** The custom parameter a resource link names its module by; the launch opens that module. */
    public static final String MODULE_PARAMETER = "module";

    /** The grade every module's line item is out of: Attune posts percentages. */
    public static final int SCORE_MAXIMUM = 100;

    /** How long the platform may take to receive the answer. */
    static final Duration ANSWER_LIFETIME = Duration.ofMinutes(5);

    /** The LIS roles that may choose what a course links to: instructors and administrators. */
    private static final Set<String> CHOOSERS = Set.of(
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
            "Instructor",
            "Administrator");

    private DeepLinking() {}

    /** What a deep-linking request launch asks for. */
    public record Request(String deploymentId, String returnUrl, Optional<String> data, boolean instructor) {

        public Request {
            Objects.requireNonNull(deploymentId, "The deployment id is required.");
            Objects.requireNonNull(returnUrl, "The deep-link return URL is required.");
        }
    }

    /** A module to link to. */
    public record Choice(String slug, String title) {}

    /**
     * The request a launch's claims (its id token's claims as JSON) make, if they are a deep-linking request Attune
     * can answer: it returns somewhere and accepts an LTI resource link.
     */
    public static Optional<Request> request(String claimsJson) {
        JWTClaimsSet claims;
        try {
            claims = JWTClaimsSet.parse(claimsJson);
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (!"LtiDeepLinkingRequest".equals(claims.getClaim(MESSAGE_TYPE))
                || !(claims.getClaim(SETTINGS) instanceof Map<?, ?> settings)
                || !(settings.get("deep_link_return_url") instanceof String returnUrl)
                || !(claims.getClaim(DEPLOYMENT_ID) instanceof String deploymentId)
                || !acceptsResourceLinks(settings.get("accept_types"))) {
            return Optional.empty();
        }
        var data = settings.get("data") instanceof String text ? Optional.of(text) : Optional.<String>empty();
        return Optional.of(new Request(deploymentId, returnUrl, data, instructor(claims.getClaim(ROLES))));
    }

    private static boolean acceptsResourceLinks(Object types) {
        return types instanceof List<?> list && list.contains("ltiResourceLink");
    }

    /** Whether the roles claim names an instructor or an administrator. */
    static boolean instructor(Object roles) {
        return roles instanceof List<?> list && list.stream().anyMatch(CHOOSERS::contains);
    }

    /**
     * The claims of the answer, from the tool (its client id at the platform) to the platform (its issuer): one LTI
     * resource link that launches Attune at {@code launchUrl} into the chosen module (custom parameter {@value
     * #MODULE_PARAMETER}), with a line item out of {@value #SCORE_MAXIMUM} whose resource id is the module's slug,
     * and the request's data echoed.
     */
    public static JWTClaimsSet answer(
            Request request,
            String clientId,
            String platformIssuer,
            Choice module,
            String launchUrl,
            String nonce,
            Instant now) {
        var lineItem = new LinkedHashMap<String, Object>();
        lineItem.put("scoreMaximum", SCORE_MAXIMUM);
        lineItem.put("label", module.title());
        lineItem.put("resourceId", module.slug());
        var item = new LinkedHashMap<String, Object>();
        item.put("type", "ltiResourceLink");
        item.put("title", module.title());
        item.put("url", launchUrl);
        item.put("custom", Map.of(MODULE_PARAMETER, module.slug()));
        item.put("lineItem", lineItem);
        var claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .audience(platformIssuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ANSWER_LIFETIME)))
                .claim("nonce", nonce)
                .claim(MESSAGE_TYPE, "LtiDeepLinkingResponse")
                .claim(VERSION, "1.3.0")
                .claim(DEPLOYMENT_ID, request.deploymentId())
                .claim(CONTENT_ITEMS, List.of(item));
        request.data().ifPresent(data -> claims.claim(DATA, data));
        return claims.build();
    }
}
