package org.attune.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.attune.testing.CredentialVerifier.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The independent verifier the credential tests rely on, proved on documents Attune did not make: the W3C
 * vc-di-eddsa specification's eddsa-rdfc-2022 test vector (TestVectors/eddsa-rdfc-2022/signedDataInt.json, its
 * public key in a controller document for its issuer), and credentials with a status list issued by Digital Bazaar's
 * own libraries from a fixed test key.
 */
class CredentialVerifierTest {

    private static final String VECTOR = "eddsa-rdfc-2022-vector/";

    private static final String STATUS_LIST = "https://issuer.example/credentials/status/1";

    private static final String ISSUER = "did:web:issuer.example";

    private final CredentialVerifier verifier = CredentialVerifier.installed();

    @TempDir
    private Path issued;

    @TempDir
    private Path issuedValid;

    @Test
    void theSpecificationsSignedCredentialVerifies() {
        Result result = verifier.verify(resource(VECTOR + "signed-credential.json"), vectorDocuments());

        assertThat(result.errors()).isEmpty();
        assertThat(result.verified()).isTrue();
    }

    @Test
    void oneChangedCharacterInTheSubjectIsNotVerified() {
        String tampered =
                resource(VECTOR + "signed-credential.json").replace("The School of Examples", "The School of Exampler");

        Result result = verifier.verify(tampered, vectorDocuments());

        assertThat(result.verified()).isFalse();
        assertThat(result.status()).isEqualTo("unknown");
        assertThat(result.errors()).contains("Invalid signature.");
    }

    @Test
    void aProofByAKeyItsIssuerDoesNotListIsNotVerified() {
        String otherIssuer = resource(VECTOR + "issuer-controller-document.json")
                .replace("\"assertionMethod\"", "\"authentication\"");

        Result result = verifier.verify(
                resource(VECTOR + "signed-credential.json"),
                Map.of(
                        "https://www.w3.org/ns/credentials/examples/v2",
                        resource(VECTOR + "examples-v2-context.json"),
                        "https://vc.example/issuers/5678",
                        otherIssuer));

        assertThat(result.verified()).isFalse();
    }

    @Test
    void aContextTheVerifierWasNotGivenFailsRatherThanBeingFetched() {
        Result result = verifier.verify(
                resource(VECTOR + "signed-credential.json"),
                Map.of("https://vc.example/issuers/5678", resource(VECTOR + "issuer-controller-document.json")));

        assertThat(result.verified()).isFalse();
        assertThat(String.join(" ", result.errors())).contains("https://www.w3.org/ns/credentials/examples/v2");
    }

    @Test
    void withoutAStatusListAVerifiedCredentialsStatusIsUnknown() {
        Result result = verifier.verify(resource(VECTOR + "signed-credential.json"), vectorDocuments());

        assertThat(result.status()).isEqualTo("unknown");
    }

    @Test
    void aCredentialWhoseBitIsSetInItsStatusListIsRevoked() {
        verifier.issueTestCredentialWithStatus(issued, true);

        Result result = verifier.verify(read(issued.resolve("credential.json")), statusDocuments(issued));

        assertThat(result.errors()).isEmpty();
        assertThat(result.verified()).isTrue();
        assertThat(result.status()).isEqualTo("revoked");
    }

    @Test
    void aCredentialWhoseBitIsClearInItsStatusListIsValid() {
        verifier.issueTestCredentialWithStatus(issued, false);

        Result result = verifier.verify(read(issued.resolve("credential.json")), statusDocuments(issued));

        assertThat(result.errors()).isEmpty();
        assertThat(result.verified()).isTrue();
        assertThat(result.status()).isEqualTo("valid");
    }

    @Test
    void offlineARevokedCredentialStillVerifiesButItsStatusIsUnknown() {
        verifier.issueTestCredentialWithStatus(issued, true);

        Result result = verifier.verifyOffline(read(issued.resolve("credential.json")), statusDocuments(issued));

        assertThat(result.verified()).isTrue();
        assertThat(result.status()).isEqualTo("unknown");
    }

    @Test
    void aStatusListWithAChangedBitDoesNotVerify() {
        Path revoked = verifier.issueTestCredentialWithStatus(issued, true);
        Path valid = verifier.issueTestCredentialWithStatus(issuedValid, false);
        String forgedList = read(revoked.resolve("status-list.json"))
                .replace(
                        encodedList(read(revoked.resolve("status-list.json"))),
                        encodedList(read(valid.resolve("status-list.json"))));

        Result result = verifier.verify(
                read(revoked.resolve("credential.json")),
                Map.of(ISSUER, read(revoked.resolve("controller-document.json")), STATUS_LIST, forgedList));

        assertThat(result.verified()).isFalse();
        assertThat(result.status()).isEqualTo("unknown");
    }

    private static Map<String, String> vectorDocuments() {
        return Map.of(
                "https://www.w3.org/ns/credentials/examples/v2", resource(VECTOR + "examples-v2-context.json"),
                "https://vc.example/issuers/5678", resource(VECTOR + "issuer-controller-document.json"));
    }

    private static Map<String, String> statusDocuments(Path issued) {
        return Map.of(
                ISSUER, read(issued.resolve("controller-document.json")),
                STATUS_LIST, read(issued.resolve("status-list.json")));
    }

    private static String encodedList(String statusList) {
        int start = statusList.indexOf("\"u", statusList.indexOf("\"encodedList\"") + "\"encodedList\"".length());
        return statusList.substring(start + 1, statusList.indexOf('"', start + 1));
    }

    private static String resource(String name) {
        try (InputStream in = CredentialVerifierTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
