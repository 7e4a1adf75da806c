package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.attune.account.AccountService;
import org.attune.testing.Clinicians;
import org.attune.testing.CredentialVerifier;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.attune.web.PublicUrl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A certificate's Open Badges credential as an employer meets it: attached to the PDF the learner sends, checked by a
 * verifier Attune did not write (Digital Bazaar's, see {@link CredentialVerifier}) with the issuer's DID document and
 * status list as Attune serves them, and reported revoked once an admin revokes the certificate.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialIT {

    private static final String ADMIN = "admin@example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AccountService accounts;

    private final CredentialVerifier verifier = CredentialVerifier.installed();

    @Test
    void anEmployerVerifiesTheCredentialInThePdfAndSeesItRevokedOnceAnAdminRevokesIt() throws Exception {
        var issued = issue("Ana Lima");
        var learner = signedIn(issued);

        var pdf = learner.getBytes("api/certificates/" + issued.code() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        var attached = new String(CertificatePdf.attachedCredential(pdf.body()).orElseThrow(), StandardCharsets.UTF_8);
        var downloaded = learner.getBytes("api/certificates/" + issued.code() + "/credential");
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/vc"));
        assertThat(new String(downloaded.body(), StandardCharsets.UTF_8))
                .as("the JSON download and the PDF's attachment are one credential")
                .isEqualTo(attached);

        var valid = verifier.verify(attached, documents(attached));
        assertThat(valid.errors()).isEmpty();
        assertThat(valid.verified()).isTrue();
        assertThat(valid.status()).isEqualTo("valid");

        var offline = verifier.verifyOffline(attached, Map.of(did(attached), didDocument(attached)));
        assertThat(offline.verified())
                .as("offline the proof and content still verify")
                .isTrue();
        assertThat(offline.status()).isEqualTo("unknown");

        lifecycle.revoke(issued.code(), "Issued in error.", ADMIN);

        var revoked = verifier.verify(attached, documents(attached));
        assertThat(revoked.verified()).isTrue();
        assertThat(revoked.status()).isEqualTo("revoked");
    }

    @Test
    void oneChangedCharacterMakesTheCredentialFailVerification() throws Exception {
        var issued = issue("Ben Ode");
        var credential = credentialOf(issued);
        var forged = credential.replace("Ben Ode", "Ben Odf");
        assertThat(forged).isNotEqualTo(credential);

        var result = verifier.verify(forged, documents(credential));

        assertThat(result.verified()).isFalse();
        assertThat(verifier.verify(credential, documents(credential)).verified())
                .as("the same credential unchanged verifies")
                .isTrue();
    }

    @Test
    void aReissuedCertificatesOldCredentialShowsRevokedAndTheNewOneValid() throws Exception {
        var issued = issue("Cleo Marsh");
        var old = credentialOf(issued);

        var replacement = lifecycle.reissue(issued.code(), publicUrl.base(), ADMIN);
        var renewed = credentialOf(new Issued(issued.account(), replacement.getCode()));

        var before = verifier.verify(old, documents(old));
        var after = verifier.verify(renewed, documents(renewed));

        assertThat(before.status()).as(before.toString()).isEqualTo("revoked");
        assertThat(after.status()).as(after.toString()).isEqualTo("valid");
    }

    @Test
    void theCredentialIsMadeOnceAndEveryDownloadIsTheSameDocument() throws Exception {
        var issued = issue("Dee Ruiz");
        var learner = signedIn(issued);

        var first = learner.getBytes("api/certificates/" + issued.code() + "/credential")
                .body();
        var second = learner.getBytes("api/certificates/" + issued.code() + "/credential")
                .body();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void onlyTheLearnerAndAdminsDownloadACredential() throws Exception {
        var issued = issue("Eli Park");
        var path = "api/certificates/" + issued.code() + "/credential";
        var other = new PageClient(app);
        Clinicians.signUp(other, "Fay Other", Clinicians.newEmail());

        assertThat(new PageClient(app).getBytes(path).statusCode())
                .as("a visitor is asked to sign in")
                .isEqualTo(401);
        assertThat(other.getBytes(path).statusCode()).isEqualTo(404);
        assertThat(other.getBytes("api/certificates/ATT-0000-0000-0000/credential")
                        .statusCode())
                .isEqualTo(404);
        assertThat(Clinicians.signedInAdmin(accounts, app).getBytes(path).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownStatusListIsNotFound() throws Exception {
        var visitor = new PageClient(app);
        assertThat(visitor.getBytes("api/credentials/status/999999").statusCode())
                .isEqualTo(404);
        assertThat(visitor.getBytes("api/credentials/status/x").statusCode()).isEqualTo(404);
    }

    private record Issued(long account, String code) {}

    private Issued issue(String name) throws Exception {
        var course = fixtures.course("credential", "auto", false, 1, null).slug();
        long learner = fixtures.learner(name);
        return new Issued(
                learner,
                lifecycle
                        .issueManually(learner, course, "Workshop", ADMIN, publicUrl.base())
                        .getCode());
    }

    private PageClient signedIn(Issued issued) throws Exception {
        var browser = new PageClient(app);
        Clinicians.signIn(browser, fixtures.emailOf(issued.account()), Clinicians.PASSWORD);
        return browser;
    }

    private String credentialOf(Issued issued) throws Exception {
        var response = signedIn(issued).getBytes("api/certificates/" + issued.code() + "/credential");
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** What a verifier fetches for the credential: the issuer's DID document and the credential's status list. */
    private Map<String, String> documents(String credential) throws Exception {
        var json = CertificateCredentials.parse(credential);
        var list = json.getJsonObject("credentialStatus").getString("statusListCredential");
        return Map.of(
                did(credential),
                didDocument(credential),
                list,
                get(list.substring(publicUrl.base().length())));
    }

    private static String did(String credential) {
        return CertificateCredentials.parse(credential).getJsonObject("issuer").getString("id");
    }

    /**
     * The issuer's DID document, where the did:web method puts it: {@code did:web:host} at
     * {@code /.well-known/did.json}, {@code did:web:host:path} at {@code /path/did.json} (the test server's
     * application is at /attune).
     */
    private String didDocument(String credential) throws Exception {
        var parts = did(credential).split(":");
        var path = parts.length > 3
                ? "/" + String.join("/", java.util.Arrays.copyOfRange(parts, 3, parts.length)) + "/did.json"
                : "/.well-known/did.json";
        var root = new URL(app, "/");
        var response = new PageClient(root).getBytes(path.substring(1));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private String get(String path) throws Exception {
        var response = new PageClient(app).getBytes(path.replaceFirst("^/", ""));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
