package org.attune.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The proofs against the W3C's own test vector (vc-di-eddsa, TestVectors/eddsa-rdfc-2022, commit abb673e: its key
 * pair, unsigned credential and signed credential), and the refusals that keep a hostile document from being signed.
 */
class DataIntegrityTest {

    private static final String VECTOR = "/org/attune/credential/test-vector/";
    private static final String EXAMPLES = "https://www.w3.org/ns/credentials/examples/v2";

    /** The vector's document uses the VC examples context, which only tests need. */
    private static final Contexts CONTEXTS =
            Contexts.bundled().with(EXAMPLES, "/org/attune/credential/test-contexts/examples-v2.jsonld");

    private static final String VERIFICATION_METHOD = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
            + "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    @Test
    void signingTheSpecsCredentialWithTheSpecsKeyGivesTheSpecsProofValue() throws Exception {
        var signed = DataIntegrity.sign(
                json("unsigned.json"),
                VERIFICATION_METHOD,
                Instant.parse("2023-02-24T23:36:38Z"),
                signer(privateKey()),
                CONTEXTS);

        assertThat(signed).isEqualTo(json("signed.json"));
        assertThat(signed.getJsonObject("proof").getString("proofValue"))
                .isEqualTo("z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme");
    }

    @Test
    void theCanonicalDocumentIsTheSpecs() throws Exception {
        assertThat(DataIntegrity.canonical(json("unsigned.json"), CONTEXTS, DataIntegrity.MAX_HASHING_STEPS))
                .isEqualTo(text("canonDoc.txt"));
    }

    @Test
    void theSpecsSignedCredentialVerifiesWithItsPublicKey() throws Exception {
        assertThat(DataIntegrity.verify(json("signed.json"), keyOf(VERIFICATION_METHOD), CONTEXTS))
                .isTrue();
    }

    @Test
    void oneChangedCharacterNoLongerVerifies() throws Exception {
        var signed = json("signed.json");
        var subject = Json.createObjectBuilder(signed.getJsonObject("credentialSubject"))
                .add("alumniOf", "The School of Examplez")
                .build();
        var changed = Json.createObjectBuilder(signed)
                .add("credentialSubject", subject)
                .build();

        assertThat(DataIntegrity.verify(changed, keyOf(VERIFICATION_METHOD), CONTEXTS))
                .isFalse();
    }

    @Test
    void aProofForAnotherKeyDoesNotVerify() throws Exception {
        assertThat(DataIntegrity.verify(json("signed.json"), id -> Optional.empty(), CONTEXTS))
                .isFalse();
    }

    @Test
    void aContextThatIsNotBundledIsRefusedAndNeverFetched() throws Exception {
        // The bundled contexts alone lack the examples context the vector uses.
        assertThatThrownBy(() -> DataIntegrity.sign(
                        json("unsigned.json"), VERIFICATION_METHOD, Instant.now(), signer(privateKey())))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining(EXAMPLES);
        assertThat(DataIntegrity.verify(json("signed.json"), keyOf(VERIFICATION_METHOD)))
                .isFalse();
    }

    @Test
    void aTermNoContextDefinesIsRefusedRatherThanLeftUnsigned() throws Exception {
        var document = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(Contexts.CREDENTIALS_V2))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", "https://attune.example/")
                .add("credentialSubject", Json.createObjectBuilder().add("licenceNumber", "PT-12345"))
                .build();

        assertThatThrownBy(() -> DataIntegrity.sign(document, VERIFICATION_METHOD, Instant.now(), signer(privateKey())))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining("licenceNumber");
    }

    @Test
    void aTypeNoContextDefinesIsRefusedRatherThanLeftUnsigned() throws Exception {
        var document = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(Contexts.CREDENTIALS_V2))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", "https://attune.example/")
                .add(
                        "credentialSchema",
                        Json.createObjectBuilder()
                                .add("id", "https://attune.example/schema.json")
                                .add("type", "1EdTechJsonSchemaValidator2019"))
                .add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:learner"))
                .build();

        assertThatThrownBy(() -> DataIntegrity.sign(document, VERIFICATION_METHOD, Instant.now(), signer(privateKey())))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining("1EdTechJsonSchemaValidator2019");
    }

    @Test
    void aHugeDocumentIsRefusedBeforeAnyWork() throws Exception {
        var document = Json.createObjectBuilder(json("unsigned.json"))
                .add("description", "x".repeat(DataIntegrity.MAX_CHARACTERS))
                .build();

        assertThatThrownBy(() -> DataIntegrity.sign(
                        document, VERIFICATION_METHOD, Instant.now(), signer(privateKey()), CONTEXTS))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining("longer than");
    }

    @Test
    void aDeeplyNestedDocumentIsRefused() throws Exception {
        var nested = Json.createObjectBuilder().add("name", "bottom").build();
        for (int i = 0; i < 1000; i++) {
            nested = Json.createObjectBuilder().add("alumniOf", nested).build();
        }
        var document = Json.createObjectBuilder(json("unsigned.json"))
                .add("credentialSubject", nested)
                .build();

        assertThatThrownBy(() -> DataIntegrity.sign(
                        document, VERIFICATION_METHOD, Instant.now(), signer(privateKey()), CONTEXTS))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining("levels deep");
    }

    @Test
    void canonicalizationStopsAtItsBoundOfHashingWork() throws Exception {
        // Blank nodes that all look alike make RDFC-1.0 hash their neighbourhoods: more work than a bound of a few
        // steps.
        var friends = Json.createArrayBuilder();
        for (int i = 0; i < 6; i++) {
            friends.add(Json.createObjectBuilder().add("alumniOf", "The School of Examples"));
        }
        var document = Json.createObjectBuilder()
                .add(
                        "@context",
                        Json.createArrayBuilder().add(Contexts.CREDENTIALS_V2).add(EXAMPLES))
                .add("type", "VerifiableCredential")
                .add("credentialSubject", Json.createObjectBuilder().add("knows", friends))
                .build();

        assertThatThrownBy(() -> DataIntegrity.canonical(document, CONTEXTS, 3))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining("canonicalization work");
        assertThat(DataIntegrity.canonical(document, CONTEXTS, DataIntegrity.MAX_HASHING_STEPS))
                .contains("_:c14n");
    }

    @Test
    void anOpenBadgeCredentialSignsAndVerifiesWithTheBundledContextsAlone() throws Exception {
        var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var achievement = Json.createObjectBuilder()
                .add("id", "https://attune.example/courses/attunement")
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("name", "Attunement in practice")
                .add("description", "Six modules on attunement.")
                .add("criteria", Json.createObjectBuilder().add("narrative", "Complete every module and pass."));
        var credential = Json.createObjectBuilder()
                .add(
                        "@context",
                        Json.createArrayBuilder().add(Contexts.CREDENTIALS_V2).add(Contexts.OPEN_BADGES_V3))
                .add("id", "urn:uuid:2f1e3c4a-0000-4000-8000-000000000001")
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", "Attunement in practice")
                .add(
                        "issuer",
                        Json.createObjectBuilder()
                                .add("id", "did:web:attune.example")
                                .add("type", Json.createArrayBuilder().add("Profile"))
                                .add("name", "Attune"))
                .add("validFrom", "2026-01-01T00:00:00Z")
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder()
                                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                                .add("achievement", achievement))
                .build();

        var signed = DataIntegrity.sign(
                credential, "did:web:attune.example#key-1", Instant.now(), signer(pair.getPrivate()));

        assertThat(DataIntegrity.verify(
                        signed,
                        id -> id.equals("did:web:attune.example#key-1")
                                ? Optional.of(pair.getPublic())
                                : Optional.empty()))
                .isTrue();
    }

    @Test
    void aDidDocumentCanonicalizesWithTheBundledDidAndMultikeyContexts() {
        var document = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(Contexts.DID_V1).add(Contexts.MULTIKEY_V1))
                .add("id", "did:web:attune.example")
                .add(
                        "verificationMethod",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("id", "did:web:attune.example#key-1")
                                        .add("type", "Multikey")
                                        .add("controller", "did:web:attune.example")
                                        .add("publicKeyMultibase", "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")))
                .add("assertionMethod", Json.createArrayBuilder().add("did:web:attune.example#key-1"))
                .build();

        assertThat(DataIntegrity.canonical(document, Contexts.bundled(), DataIntegrity.MAX_HASHING_STEPS))
                .contains("<https://w3id.org/security#publicKeyMultibase>");
    }

    @Test
    void multibaseRoundTripsBothEncodings() {
        var bytes = new byte[] {0, 0, 1, 2, (byte) 255, 42};
        assertThat(Multibase.base58btc(bytes)).startsWith("z11");
        assertThat(Multibase.decode(Multibase.base58btc(bytes))).isEqualTo(bytes);
        assertThat(Multibase.base64url(bytes)).isEqualTo("uAAABAv8q");
        assertThat(Multibase.decode(Multibase.base64url(bytes))).isEqualTo(bytes);
        assertThatThrownBy(() -> Multibase.decode("f00")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Function<String, Optional<PublicKey>> keyOf(String verificationMethod) throws IOException {
        var key = publicKey();
        return id -> id.equals(verificationMethod) ? Optional.of(key) : Optional.empty();
    }

    private static Function<byte[], byte[]> signer(PrivateKey key) {
        return data -> {
            try {
                var signature = Signature.getInstance("Ed25519");
                signature.initSign(key);
                signature.update(data);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The vector's private key: multicodec ed25519-priv (0x80 0x26) and the 32-byte seed. */
    private static PrivateKey privateKey() throws IOException, GeneralSecurityException {
        var bytes = Multibase.decode(json("keyPair.json").getString("privateKeyMultibase"));
        assertThat(HexFormat.of().formatHex(bytes, 0, 2)).isEqualTo("8026");
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, Arrays.copyOfRange(bytes, 2, 34)));
    }

    /** The vector's public key: multicodec ed25519-pub (0xed 0x01) and the 32-byte key, put in X.509 form. */
    private static PublicKey publicKey() throws IOException {
        try {
            var bytes = Multibase.decode(json("keyPair.json").getString("publicKeyMultibase"));
            var x509 = HexFormat.of()
                    .parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(bytes, 2, 34));
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String name) throws IOException {
        try (var reader = Json.createReader(DataIntegrityTest.class.getResourceAsStream(VECTOR + name))) {
            return reader.readObject();
        }
    }

    private static String text(String name) throws IOException {
        try (var in = DataIntegrityTest.class.getResourceAsStream(VECTOR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
