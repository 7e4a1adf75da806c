package org.attune.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * LTI 1.3's rules for an id_token, as plain functions of its claims. {@link #tokenProblem} names which OIDC rule a
 * token broke, to tell the person (the Nimbus validator decides; this only explains its refusal); {@link
 * #ltiProblem} checks what LTI adds once the token is valid: version 1.3.0, a registered deployment, a message type
 * Attune handles, a subject, and a resource link's id.
 */
final class LaunchChecks {

    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DEPLOYMENT_ID = CLAIM + "deployment_id";
    static final String MESSAGE_TYPE = CLAIM + "message_type";
    static final String VERSION = CLAIM + "version";
    static final String RESOURCE_LINK = CLAIM + "resource_link";
    static final String CUSTOM = CLAIM + "custom";
    static final String ROLES = CLAIM + "roles";

    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

    /** The clock skew the validator allows, as Nimbus's default. */
    static final Duration SKEW = Duration.ofSeconds(60);

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private LaunchChecks() {}

    /** The message key of the OIDC rule the token breaks, if one does: issuer, audience (and azp), expiry, nonce. */
    static Optional<String> tokenProblem(
            JWTClaimsSet claims, String issuer, String clientId, String nonce, Instant now) {
        if (!issuer.equals(claims.getIssuer())) {
            return Optional.of("lti.refused.issuer");
        }
        var audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            return Optional.of("lti.refused.audience");
        }
        String azp;
        try {
            azp = claims.getStringClaim("azp");
        } catch (ParseException e) {
            return Optional.of("lti.refused.audience");
        }
        if ((audience.size() > 1 || azp != null) && !clientId.equals(azp)) {
            return Optional.of("lti.refused.audience");
        }
        if (claims.getExpirationTime() == null
                || !claims.getExpirationTime().toInstant().plus(SKEW).isAfter(now)) {
            return Optional.of("lti.refused.expired");
        }
        if (claims.getIssueTime() == null
                || claims.getIssueTime().toInstant().minus(SKEW).isAfter(now)) {
            return Optional.of("lti.refused.expired");
        }
        if (!nonce.equals(claims.getClaim("nonce"))) {
            return Optional.of("lti.refused.nonce");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            return Optional.of("lti.refused.subject");
        }
        return Optional.empty();
    }

    /** The message key of the LTI rule the (valid) token breaks, if one does. */
    static Optional<String> ltiProblem(JWTClaimsSet claims, List<String> deploymentIds) {
        if (!"1.3.0".equals(claims.getClaim(VERSION))) {
            return Optional.of("lti.refused.version");
        }
        if (!(claims.getClaim(DEPLOYMENT_ID) instanceof String deployment) || !deploymentIds.contains(deployment)) {
            return Optional.of("lti.refused.deployment");
        }
        var type = claims.getClaim(MESSAGE_TYPE);
        if (!RESOURCE_LINK_REQUEST.equals(type) && !DEEP_LINKING_REQUEST.equals(type)) {
            return Optional.of("lti.refused.messageType");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            return Optional.of("lti.refused.subject");
        }
        if (RESOURCE_LINK_REQUEST.equals(type)
                && !(claims.getClaim(RESOURCE_LINK) instanceof Map<?, ?> link && link.get("id") instanceof String)) {
            return Optional.of("lti.refused.resourceLink");
        }
        return Optional.empty();
    }

    /**
     * The module a resource link asks for: its custom parameter {@code module} (set by deep linking, or by the
     * platform's admin as {@code module=<slug>}), if it is a well-formed slug.
     */
    static Optional<String> moduleSlug(JWTClaimsSet claims) {
        if (claims.getClaim(CUSTOM) instanceof Map<?, ?> custom
                && custom.get("module") instanceof String slug
                && SLUG.matcher(slug).matches()) {
            return Optional.of(slug);
        }
        return Optional.empty();
    }

    /** The person's name as the platform gives it, for the first launch's new account; may be empty. */
    static String name(JWTClaimsSet claims) {
        for (var claim : List.of("name", "given_name")) {
            if (claims.getClaim(claim) instanceof String name && !name.isBlank()) {
                return "given_name".equals(claim) && claims.getClaim("family_name") instanceof String family
                        ? name + " " + family
                        : name;
            }
        }
        return "";
    }
}
