package org.attune.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Checks a launch's id_token with the Nimbus OIDC SDK's {@link IDTokenValidator}: RS256 signature by a key of the
 * platform's JWK set (fetched from its URL and cached, fetched again for an unknown {@code kid}, so a platform's
 * key rotation is followed), {@code iss}, {@code aud} (and {@code azp}), {@code exp}, {@code iat} and the login's
 * {@code nonce}. One validator per registration, as it is now.
 */
@ApplicationScoped
public class TokenValidators {

    /** What the validator said: the valid claims, or the message key of the rule broken. */
    record Outcome(JWTClaimsSet claims, String refusal) {}

    private record Registration(String issuer, String clientId, String jwksUrl) {}

    private final ConcurrentMap<Registration, IDTokenValidator> validators = new ConcurrentHashMap<>();

    Outcome validate(LtiPlatform platform, JWT token, String nonce) {
        var registration = new Registration(platform.issuer(), platform.clientId(), platform.jwksUrl());
        try {
            var validator = validators.computeIfAbsent(registration, TokenValidators::validator);
            validator.validate(token, new Nonce(nonce));
            return new Outcome(token.getJWTClaimsSet(), null);
        } catch (BadJWSException e) {
            return new Outcome(null, "lti.refused.signature");
        } catch (BadJOSEException e) {
            return new Outcome(null, explained(platform, token, nonce));
        } catch (JOSEException | IllegalArgumentException e) {
            return new Outcome(null, "lti.refused.platformKeys");
        } catch (ParseException e) {
            return new Outcome(null, "lti.refused.token");
        }
    }

    /**
     * Why Nimbus refused a token that is not badly signed: the claim rule it broke, or, when the claims pass (Nimbus
     * checks them before the signature), that no key of the platform signed it.
     */
    private static String explained(LtiPlatform platform, JWT token, String nonce) {
        try {
            return LaunchChecks.tokenProblem(
                            token.getJWTClaimsSet(), platform.issuer(), platform.clientId(), nonce, Instant.now())
                    .orElse("lti.refused.signature");
        } catch (ParseException e) {
            return "lti.refused.token";
        }
    }

    private static IDTokenValidator validator(Registration registration) {
        try {
            return new IDTokenValidator(
                    new Issuer(registration.issuer()),
                    new ClientID(registration.clientId()),
                    JWSAlgorithm.RS256,
                    URI.create(registration.jwksUrl()).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a URL: " + registration.jwksUrl(), e);
        }
    }
}
