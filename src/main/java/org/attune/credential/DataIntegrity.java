package org.attune.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code eddsa-rdfc-2022} Data Integrity proofs (W3C Data Integrity EdDSA Cryptosuites v1.0): the proof options
 * (with the document's {@code @context}) and the document without its proof are each canonicalized with RDFC-1.0
 * and hashed with SHA-256, and Ed25519 signs the proof options' hash followed by the document's.
 *
 * <p>Canonicalization is bounded, so a hostile document cannot spin the CPU: at most {@link #MAX_CHARACTERS} of
 * JSON, {@link #MAX_DEPTH} levels deep, and {@link #MAX_HASHING_STEPS} steps of RDFC-1.0's blank-node hashing.
 * Expansion fails on a term no context defines, so nothing a reader sees drops silently out of what is signed.
 */
public final class DataIntegrity {

    public static final String TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String ASSERTION_METHOD = "assertionMethod";

    /** An Open Badges credential with a long description is a few tens of kilobytes; this is ten times more. */
    public static final int MAX_CHARACTERS = 512 * 1024;

    public static final int MAX_DEPTH = 32;

    /** RDFC-1.0's hashing steps: a credential takes a few hundred; a blank-node puzzle would take billions. */
    public static final long MAX_HASHING_STEPS = 100_000;

    private DataIntegrity() {}

    /**
     * The document with a proof made now by {@code signer} (Ed25519 over the bytes it is given) for {@code
     * verificationMethod}. Refuses ({@link DocumentRefusedException}) a document with an unknown context, an
     * undefined term, or over the bounds.
     */
    public static JsonObject sign(
            JsonObject unsecured, String verificationMethod, Instant created, Function<byte[], byte[]> signer) {
        return sign(unsecured, verificationMethod, created, signer, Contexts.bundled());
    }

    public static JsonObject sign(
            JsonObject unsecured,
            String verificationMethod,
            Instant created,
            Function<byte[], byte[]> signer,
            Contexts contexts) {
        if (unsecured.containsKey("proof")) {
            throw new DocumentRefusedException("The document already has a proof.");
        }
        var options = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)))
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", ASSERTION_METHOD)
                .build();
        var signature = signer.apply(hashData(unsecured, options, contexts, MAX_HASHING_STEPS));
        var proof = Json.createObjectBuilder(options)
                .add("proofValue", Multibase.base58btc(signature))
                .build();
        return Json.createObjectBuilder(unsecured).add("proof", proof).build();
    }

    /**
     * Whether the document carries one {@code eddsa-rdfc-2022} proof for assertion that verifies with the public key
     * {@code keyById} gives for its verification method. Any failure (no such key, a changed character, an unknown
     * context or term, a document over the bounds) is {@code false}.
     */
    public static boolean verify(JsonObject secured, Function<String, Optional<PublicKey>> keyById) {
        return verify(secured, keyById, Contexts.bundled());
    }

    public static boolean verify(JsonObject secured, Function<String, Optional<PublicKey>> keyById, Contexts contexts) {
        if (!(secured.get("proof") instanceof JsonObject proof)
                || !TYPE.equals(text(proof, "type"))
                || !CRYPTOSUITE.equals(text(proof, "cryptosuite"))
                || !ASSERTION_METHOD.equals(text(proof, "proofPurpose"))
                || text(proof, "verificationMethod") == null
                || text(proof, "proofValue") == null
                || !text(proof, "proofValue").startsWith("z")) {
            return false;
        }
        var key = keyById.apply(text(proof, "verificationMethod"));
        if (key.isEmpty()) {
            return false;
        }
        try {
            var unsecured = Json.createObjectBuilder(secured).remove("proof").build();
            var options = Json.createObjectBuilder(proof)
                    .remove("proofValue")
                    .remove("@context")
                    .build();
            var data = hashData(unsecured, options, contexts, MAX_HASHING_STEPS);
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key.get());
            signature.update(data);
            return signature.verify(Multibase.decode(text(proof, "proofValue")));
        } catch (DocumentRefusedException | IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** SHA-256 of the canonical proof options (under the document's context), then of the canonical document. */
    static byte[] hashData(JsonObject unsecured, JsonObject options, Contexts contexts, long maxSteps) {
        var context = unsecured.get("@context");
        if (context == null) {
            throw new DocumentRefusedException("The document has no @context.");
        }
        var proofConfig =
                Json.createObjectBuilder(options).add("@context", context).build();
        var proofHash = sha256(canonical(proofConfig, contexts, maxSteps));
        var documentHash = sha256(canonical(unsecured, contexts, maxSteps));
        var data = new byte[proofHash.length + documentHash.length];
        System.arraycopy(proofHash, 0, data, 0, proofHash.length);
        System.arraycopy(documentHash, 0, data, proofHash.length, documentHash.length);
        return data;
    }

    /** The document's RDFC-1.0 canonical N-Quads, within the bounds. */
    static String canonical(JsonObject document, Contexts contexts, long maxSteps) {
        if (document.toString().length() > MAX_CHARACTERS) {
            throw new DocumentRefusedException(
                    "The document is longer than " + MAX_CHARACTERS + " characters, more than a credential needs.");
        }
        if (tooDeep(document, 1)) {
            throw new DocumentRefusedException(
                    "The document is nested more than " + MAX_DEPTH + " levels deep, more than a credential needs.");
        }
        var options = new JsonLdOptions(contexts);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        var steps = new long[1];
        RdfCanonTicker ticker = () -> {
            if (++steps[0] > maxSteps) {
                throw new IllegalStateException("over " + maxSteps + " steps");
            }
        };
        var canon = RdfCanon.create("SHA-256", ticker);
        try {
            // Titanium leaves out of the RDF, silently, a type or id that is no absolute IRI (a type no context
            // defines): that would be a part of the document its signature does not cover.
            var relative = relativeIri(
                    JsonLd.expand(JsonDocument.of(document)).options(options).get());
            if (relative != null) {
                throw new DocumentRefusedException("The document's type or id \"" + relative
                        + "\" is not defined by its contexts, so the signature would not cover it.");
            }
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            var out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new DocumentRefusedException("The document's JSON-LD is refused: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new DocumentRefusedException(
                    "The document takes more canonicalization work than a credential needs (" + e.getMessage() + ").",
                    e);
        } catch (RdfConsumerException e) {
            throw new DocumentRefusedException("The document could not be canonicalized: " + e.getMessage(), e);
        }
    }

    /** The first {@code @type} or {@code @id} of the expanded document that is no absolute IRI nor blank node. */
    private static String relativeIri(JsonValue value) {
        if (value instanceof JsonArray array) {
            for (var member : array) {
                var found = relativeIri(member);
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof JsonObject object) {
            for (var member : object.entrySet()) {
                var key = member.getKey();
                if ((key.equals("@type") || key.equals("@id")) && !(member.getValue() instanceof JsonObject)) {
                    var iris = member.getValue() instanceof JsonArray array
                            ? array.getValuesAs(JsonValue.class)
                            : java.util.List.of(member.getValue());
                    for (var iri : iris) {
                        if (iri instanceof JsonString string
                                && !ABSOLUTE.matcher(string.getString()).lookingAt()) {
                            return string.getString();
                        }
                    }
                } else if (!key.equals("@value")) {
                    var found = relativeIri(member.getValue());
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** An IRI's scheme (RFC 3987), or a blank node's prefix. */
    private static final java.util.regex.Pattern ABSOLUTE =
            java.util.regex.Pattern.compile("_:|[A-Za-z][A-Za-z0-9+.-]*:");

    /** Whether the value nests deeper than the bound, looking no deeper than the bound (no stack to overflow). */
    private static boolean tooDeep(JsonValue value, int level) {
        if (level > MAX_DEPTH) {
            return true;
        }
        if (value instanceof JsonObject object) {
            return object.values().stream().anyMatch(member -> tooDeep(member, level + 1));
        }
        if (value instanceof JsonArray array) {
            return array.stream().anyMatch(member -> tooDeep(member, level + 1));
        }
        return false;
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
