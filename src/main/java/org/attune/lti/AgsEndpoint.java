package org.attune.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a resource-link launch says of the platform's Assignment and Grade Services for that link: the line item the
 * link's grade goes to and the scopes the tool was granted. Attune posts a score only where the launch named a line
 * item (a deep-linked Attune module has one, made by the platform from the deep link's {@code lineItem}) and granted
 * the score scope.
 */
public record AgsEndpoint(String lineitem, List<String> scopes) {

    static final String CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

    /** The scope of posting scores. */
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    /** The endpoint a launch's claims (as JSON) name, if they name a line item and grant posting scores to it. */
    public static Optional<AgsEndpoint> of(String claimsJson) {
        try {
            return of(JWTClaimsSet.parse(claimsJson));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    static Optional<AgsEndpoint> of(JWTClaimsSet claims) {
        if (!(claims.getClaim(CLAIM) instanceof Map<?, ?> endpoint)
                || !(endpoint.get("lineitem") instanceof String lineitem)
                || !(endpoint.get("scope") instanceof List<?> scope)) {
            return Optional.empty();
        }
        var scopes = scope.stream().map(String::valueOf).toList();
        if (!scopes.contains(SCORE_SCOPE) || !(lineitem.startsWith("https://") || lineitem.startsWith("http://"))) {
            return Optional.empty();
        }
        return Optional.of(new AgsEndpoint(lineitem, scopes));
    }

    /** The subject (the learner's LTI user id) of the launch's claims. */
    static Optional<String> subjectOf(String claimsJson) {
        try {
            return Optional.ofNullable(JWTClaimsSet.parse(claimsJson).getSubject());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
