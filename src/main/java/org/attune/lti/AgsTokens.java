package org.attune.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for a platform's grade service, by the OAuth 2.0 client-credentials grant with a signed client
 * assertion (RFC 7523 {@code private_key_jwt}, as LTI Security Framework 1.0 has a tool authenticate): a JWT from the
 * tool's client id to the platform's token URL, RS256 with Attune's LTI key ({@link ToolKeys}), asking for the score
 * scope. A token is kept, per platform, until a minute before it expires, and forgotten when the platform refuses it.
 */
@ApplicationScoped
public class AgsTokens {

    /** A token this close to expiring is not used any more; a new one is asked for. */
    static final Duration MARGIN = Duration.ofMinutes(1);

    /** How long the client assertion is good for. */
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

    /** A token server that takes longer than this is treated as down. */
    static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    ToolKeys keys;

    private final Clock clock = Clock.systemUTC();

    private record Held(BearerAccessToken token, Instant usableUntil) {}

    private final Map<Long, Held> held = new ConcurrentHashMap<>();

    /** A token for posting scores to the platform: the one held, or a new one. Throws when none can be had. */
    BearerAccessToken token(LtiPlatform platform) {
        var now = Instant.now(clock);
        var current = held.get(platform.id());
        if (current != null && now.isBefore(current.usableUntil())) {
            return current.token();
        }
        var token = request(platform, now);
        var lifetime = token.getLifetime() > 0 ? Duration.ofSeconds(token.getLifetime()) : Duration.ofMinutes(5);
        held.put(platform.id(), new Held(token, now.plus(lifetime).minus(MARGIN)));
        return token;
    }

    /** The platform refused the token: the next post asks for a new one. */
    void forget(LtiPlatform platform) {
        held.remove(platform.id());
    }

    private BearerAccessToken request(LtiPlatform platform, Instant now) {
        var tokenUrl = URI.create(platform.tokenUrl());
        var request = new TokenRequest(
                tokenUrl,
                new PrivateKeyJWT(assertion(platform, now)),
                new ClientCredentialsGrant(),
                new Scope(AgsEndpoint.SCORE_SCOPE));
        try {
            var http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            var response = TokenResponse.parse(http.send());
            if (!response.indicatesSuccess()) {
                var error = response.toErrorResponse().getErrorObject();
                throw new IllegalStateException("The platform " + platform.issuer() + " gave no token: HTTP "
                        + error.getHTTPStatusCode() + " " + error.getCode() + " " + error.getDescription());
            }
            var token = response.toSuccessResponse().getTokens().getBearerAccessToken();
            if (token == null) {
                throw new IllegalStateException("The platform " + platform.issuer() + " gave no bearer token");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("The token endpoint " + tokenUrl + " is unreachable", e);
        } catch (ParseException e) {
            throw new IllegalStateException("The token endpoint " + tokenUrl + " answered no token response", e);
        }
    }

    private SignedJWT assertion(LtiPlatform platform, Instant now) {
        var clientId = new ClientID(platform.clientId());
        var claims = new JWTAuthenticationClaimsSet(
                clientId,
                new Audience(platform.tokenUrl()).toSingleAudienceList(),
                Date.from(now.plus(ASSERTION_LIFETIME)),
                null,
                Date.from(now),
                new JWTID());
        return signed(claims.toJWTClaimsSet());
    }

    private SignedJWT signed(JWTClaimsSet claims) {
        try {
            return SignedJWT.parse(keys.sign(claims));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("The tool key signed no JWT", e);
        }
    }
}
