package org.attune.testing;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.attune.web.PublicUrl;

/**
 * The grade service of an LTI platform, as the integration-test server's LTI tool posts to it: a token endpoint
 * ({@code /testing/lti-gradebook/token}) that grants a client-credentials token only for a client assertion signed by
 * a key of Attune's published JWK set ({@code /lti/jwks}, fetched over HTTP as a platform would), issued and
 * subject the registered client id, audience this token URL, not expired; and line items' scores endpoints ({@code
 * /testing/lti-gradebook/lineitems/{id}/scores}) that take a score only with such a token and the score media type,
 * record every post, and keep one result per line item and user, updated only by a later timestamp, as AGS says. A
 * test may take it down (both endpoints answer 503) and bring it back. Served by {@link GradebookStandInServlet}.
 */
@ApplicationScoped
public class GradebookStandIn {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A score post as it arrived, and what the stand-in answered. */
    public record Post(String lineitem, JsonObject score, int status) {}

    @Inject
    PublicUrl publicUrl;

    private final Set<String> clients = new HashSet<>();
    private final Set<String> tokens = new HashSet<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final Map<String, JsonObject> results = new LinkedHashMap<>();
    private int tokensIssued;
    private boolean down;

    /** The token URL a registration names. */
    public String tokenUrl() {
        return publicUrl.base() + "/testing/lti-gradebook/token";
    }

    /** A new line item's URL. */
    public String newLineitem() {
        return lineitem(UUID.randomUUID().toString());
    }

    /** The URL of the line item of the id. */
    String lineitem(String id) {
        return publicUrl.base() + "/testing/lti-gradebook/lineitems/" + id;
    }

    /** Grants tokens to the client id from now on. */
    public synchronized void register(String clientId) {
        clients.add(clientId);
    }

    public synchronized void takeDown() {
        down = true;
    }

    public synchronized void bringBack() {
        down = false;
    }

    synchronized boolean isDown() {
        return down;
    }

    /** Every score posted to the line item, accepted or not. */
    public synchronized List<Post> postsTo(String lineitem) {
        return posts.stream().filter(p -> p.lineitem().equals(lineitem)).toList();
    }

    /** The result the line item holds for the user, if any. */
    public synchronized JsonObject resultOf(String lineitem, String userId) {
        return results.get(lineitem + " " + userId);
    }

    /** Why tokens or scores were refused, for a test to show. */
    public synchronized List<String> refusals() {
        return List.copyOf(refusals);
    }

    public synchronized int tokensIssued() {
        return tokensIssued;
    }

    /** Waits until a post to the line item that the predicate matches arrives. */
    public List<Post> await(String lineitem, Predicate<List<Post>> until) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (true) {
            var now = postsTo(lineitem);
            if (until.test(now)) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No such posts arrived at " + lineitem + " in " + PATIENCE + ": " + now
                        + "; refusals: " + refusals());
            }
            Thread.sleep(100);
        }
    }

    /** The token endpoint: a token, as JSON, or the OAuth error (status and body). */
    synchronized Map.Entry<Integer, String> token(Map<String, String> form) {
        var refusal = refusalOf(form);
        if (refusal != null) {
            refusals.add("token: " + refusal);
            return Map.entry(401, "{\"error\": \"invalid_client\", \"error_description\": \"" + refusal + "\"}");
        }
        var token = UUID.randomUUID().toString();
        tokens.add(token);
        tokensIssued++;
        return Map.entry(
                200,
                Json.createObjectBuilder()
                        .add("access_token", token)
                        .add("token_type", "Bearer")
                        .add("expires_in", 3600)
                        .add("scope", form.get("scope"))
                        .build()
                        .toString());
    }

    private String refusalOf(Map<String, String> form) {
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return "grant_type is not client_credentials";
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            return "no JWT client assertion";
        }
        if (form.get("scope") == null
                || !form.get("scope").contains("https://purl.imsglobal.org/spec/lti-ags/scope/score")) {
            return "the score scope was not asked for";
        }
        try {
            var assertion = SignedJWT.parse(form.get("client_assertion"));
            var keys = JWKSet.load(URI.create(publicUrl.base() + "/lti/jwks").toURL());
            var key = keys.getKeyByKeyId(assertion.getHeader().getKeyID());
            if (key == null) {
                return "the assertion's kid is not in the tool's JWKS";
            }
            if (!assertion.verify(new RSASSAVerifier((RSAKey) key))) {
                return "the assertion's signature does not verify";
            }
            var claims = assertion.getJWTClaimsSet();
            if (!clients.contains(claims.getIssuer()) || !claims.getIssuer().equals(claims.getSubject())) {
                return "iss and sub are not a registered client id";
            }
            if (!claims.getAudience().contains(tokenUrl())) {
                return "aud is not this token URL";
            }
            if (claims.getExpirationTime() == null
                    || claims.getExpirationTime().toInstant().isBefore(Instant.now())) {
                return "the assertion has expired";
            }
            if (claims.getJWTID() == null) {
                return "the assertion has no jti";
            }
            return null;
        } catch (Exception e) {
            return "the assertion does not read: " + e;
        }
    }

    /** A scores endpoint: the status to answer. */
    synchronized int score(String lineitem, String authorization, String contentType, String body) {
        if (authorization == null || !tokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
            refusals.add("score: no token of ours");
            return 401;
        }
        if (!"application/vnd.ims.lis.v1.score+json".equals(contentType)) {
            refusals.add("score: Content-Type " + contentType);
            return 415;
        }
        var score = Json.createReader(new StringReader(body)).readObject();
        posts.add(new Post(lineitem, score, 200));
        var key = lineitem + " " + score.getString("userId");
        var held = results.get(key);
        if (held == null
                || Instant.parse(held.getString("timestamp")).isBefore(Instant.parse(score.getString("timestamp")))) {
            results.put(key, score);
        }
        return 200;
    }
}
