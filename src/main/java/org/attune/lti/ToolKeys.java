package org.attune.lti;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.attune.keys.IssuerKeys;

/**
 * Attune's keys as an LTI 1.3 tool: the RSA keys of the key store with purpose {@code lti}, published as a JWK set
 * ({@code /lti/jwks}) and used to sign the JWTs Attune sends a platform (client assertions for a service token, deep
 * linking responses). Signatures are RS256 with the active key, whose id goes in the header's {@code kid} so the
 * platform picks the right key from the JWK set. No private key leaves the key store.
 */
@ApplicationScoped
public class ToolKeys {

    @Inject
    IssuerKeys keys;

    /** The claims as a compact JWS (RS256, {@code typ} JWT, {@code kid} of the active LTI key). */
    public String sign(JWTClaimsSet claims) {
        var signer = keys.signer(IssuerKeys.LTI);
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(signer.keyId())
                .build();
        var input = header.toBase64URL() + "." + new Payload(claims.toJSONObject()).toBase64URL();
        var signature = Base64URL.encode(signer.sign(input.getBytes(StandardCharsets.US_ASCII)));
        return input + "." + signature;
    }

    /** Every LTI key ever made, public halves only, so a JWT signed before a rotation still verifies. */
    public JWKSet jwks() {
        List<JWK> published = keys.all(IssuerKeys.LTI).stream()
                .map(key -> (JWK) new RSAKey.Builder((RSAPublicKey) key.publicKey())
                        .keyID(key.keyId())
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256)
                        .build())
                .toList();
        return new JWKSet(published);
    }
}
