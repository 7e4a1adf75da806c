package org.attune.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * A learning platform (an LMS) as LTI 1.3 tests need it, in every test deployment: its own RSA key, published as a
 * JWK set at {@code /testing/lti/jwks}, and an OIDC authorization endpoint at {@code /testing/lti/auth} that answers
 * a login with a form posting a signed id_token to the tool's launch URL ({@link PlatformStandInServlet}). Tests
 * also sign tokens of their own with it, good or broken, and with a stranger's key under the platform's key id.
 */
@ApplicationScoped
public class PlatformStandIn {

    public static final String ISSUER = "https://platform.attune.test";
    public static final String DEPLOYMENT = "deployment-1";
    public static final String KEY_ID = "platform-key-1";

    private final RSAKey key = generate();
    private final RSAKey stranger = generate();

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(KEY_ID)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform's public keys. */
    public JWKSet jwks() {
        return new JWKSet(key.toPublicJWK());
    }

    /**
     * The claims of a good resource-link launch for the user, to the tool's client id, with the login's nonce:
     * valid for five minutes, the custom parameter {@code module} when a module is given.
     */
    public JWTClaimsSet.Builder launch(String clientId, String nonce, String subject, String module) {
        var now = Instant.now();
        var builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", nonce)
                .claim("name", "Lena Platform")
                .claim("email", subject + "@platform.attune.test")
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
                .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
                .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", DEPLOYMENT)
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "link-1"))
                .claim(
                        "https://purl.imsglobal.org/spec/lti/claim/roles",
                        // The platform's teachers are the users whose id starts with "teacher-".
                        java.util.List.of(
                                subject != null && subject.startsWith("teacher-")
                                        ? "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
                                        : "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
        if (module != null) {
            builder.claim("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("module", module));
        }
        return builder;
    }

    /** The claims signed by the platform's key. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** The claims signed by a key that is not the platform's, under the platform's key id. */
    public String signAsStranger(JWTClaimsSet claims) {
        return sign(claims, stranger);
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(with.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
