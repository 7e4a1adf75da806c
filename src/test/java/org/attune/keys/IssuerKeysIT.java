package org.attune.keys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.attune.account.AccountService;
import org.attune.credential.Contexts;
import org.attune.credential.DataIntegrity;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.attune.web.PublicUrl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The issuer key as a verifier meets it: the DID document Attune serves lists every key ever made as a Multikey,
 * and a rotation (by an admin, through the API) makes a new signing key while what the old one signed still
 * verifies against the published document.
 */
@ExtendWith(ArquillianExtension.class)
class IssuerKeysIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    IssuerKeys keys;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AccountService accounts;

    @Test
    void theFirstStartMadeOneActiveKeyAndTheDidDocumentPublishesItAsAMultikey() throws Exception {
        var did = Issuer.did(publicUrl.base());
        var document = didDocument();

        assertThat(keys.all()).first().extracting(IssuerKey::keyId).isEqualTo("key-1");
        assertThat(keys.all().stream().filter(IssuerKey::active)).hasSize(1);
        assertThat(document.getString("id")).isEqualTo(did);
        var first = document.getJsonArray("verificationMethod").getJsonObject(0);
        assertThat(first.getString("id")).isEqualTo(did + "#key-1");
        assertThat(first.getString("type")).isEqualTo("Multikey");
        assertThat(first.getString("controller")).isEqualTo(did);
        assertThat(first.getString("publicKeyMultibase"))
                .startsWith("z6Mk")
                .isEqualTo(keys.find("key-1").orElseThrow().publicKeyMultibase());
        assertThat(document.getJsonArray("assertionMethod").getString(0)).isEqualTo(did + "#key-1");
    }

    @Test
    void anAdminsRotationSignsWithANewKeyAndWhatTheOldKeySignedStillVerifies() throws Exception {
        var did = Issuer.did(publicUrl.base());
        var before = keys.signer();
        var signedBefore = sign(did, before);
        int published = didDocument().getJsonArray("verificationMethod").size();

        var admin = Clinicians.signedInAdmin(accounts, app);
        var rotated = admin.send(post("api/admin/issuer-keys/rotate"));

        assertThat(rotated.statusCode()).isEqualTo(200);
        var newKeyId =
                Json.createReader(new StringReader(rotated.body())).readObject().getString("keyId");
        assertThat(newKeyId).isNotEqualTo(before.keyId());
        assertThat(keys.signer().keyId()).isEqualTo(newKeyId);
        assertThat(keys.find(before.keyId()).orElseThrow().retiredAt()).isNotNull();

        var document = didDocument();
        assertThat(document.getJsonArray("verificationMethod")).hasSize(published + 1);
        assertThat(document.getJsonArray("assertionMethod").getValuesAs(jakarta.json.JsonString::getString))
                .contains(did + "#" + before.keyId(), did + "#" + newKeyId);
        assertThat(DataIntegrity.verify(signedBefore, keysOf(document))).isTrue();
        var signedAfter = sign(did, keys.signer());
        assertThat(signedAfter.getJsonObject("proof").getString("verificationMethod"))
                .isEqualTo(did + "#" + newKeyId);
        assertThat(DataIntegrity.verify(signedAfter, keysOf(document))).isTrue();
    }

    @Test
    void onlyAnAdminMayRotateTheIssuerKey() throws Exception {
        var active = keys.signer().keyId();
        var anonymous = new PageClient(app);
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Cleo Clinician", Clinicians.newEmail());

        assertThat(anonymous.send(post("api/admin/issuer-keys/rotate")).statusCode())
                .as("not signed in")
                .isEqualTo(401);
        assertThat(clinician.send(post("api/admin/issuer-keys/rotate")).statusCode())
                .as("a clinician")
                .isIn(403, 404);
        assertThat(keys.signer().keyId()).isEqualTo(active);
    }

    private HttpRequest post(String path) throws Exception {
        return HttpRequest.newBuilder(app.toURI().resolve(path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }

    private JsonObject didDocument() throws Exception {
        var response = PageClient.getWithoutRedirect(app, ".well-known/did.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/did+json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject sign(String did, Signer signer) {
        var credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(Contexts.CREDENTIALS_V2))
                .add("id", "urn:uuid:" + UUID.randomUUID())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("name", "A credential signed before and after a rotation")
                .add("issuer", did)
                .add("validFrom", "2026-01-01T00:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add("id", "urn:uuid:" + UUID.randomUUID()))
                .build();
        return DataIntegrity.sign(
                credential, Issuer.verificationMethod(did, signer.keyId()), Instant.now(), signer::sign);
    }

    /** The public keys a verifier reads from the DID document, by verification method id. */
    private static Function<String, Optional<PublicKey>> keysOf(JsonObject document) {
        return id -> document.getJsonArray("verificationMethod").getValuesAs(JsonObject.class).stream()
                .filter(method -> method.getString("id").equals(id))
                .findFirst()
                .flatMap(method -> IssuerKey.fromMultibase(method.getString("publicKeyMultibase")));
    }
}
