package org.attune.audit;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The pack's manifest: what the pack is of (course, range, when built, for whom), the SHA-256 and size of every other
 * file in it, and which issuer key signs it. The signature is over these exact bytes (Ed25519, detached, in {@code
 * manifest.sig}), so a tool that never heard of Attune checks it: {@code openssl pkeyutl -verify -pubin -inkey
 * issuer-key.pem -rawin -in manifest.json -sigfile manifest.sig}.
 */
record Manifest(
        AuditRange range,
        String courseTitle,
        String requestedBy,
        Instant builtAt,
        int retentionYears,
        String retentionBecause,
        String verificationMethod,
        String publicKeyMultibase,
        List<HashingZip.File> files) {

    static final String FILE = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String PUBLIC_KEY = "issuer-key.pem";

    byte[] json() {
        var bytes = new ByteArrayOutputStream();
        try (var json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(bytes, StandardCharsets.UTF_8)) {
            json.writeStartObject()
                    .write("format", "Attune audit pack, version 1")
                    .writeStartObject("course")
                    .write("slug", range.courseSlug())
                    .write("title", courseTitle)
                    .writeEnd()
                    .writeStartObject("range")
                    .write("from", range.from().toString())
                    .write("to", range.to().toString())
                    .write("timeZone", "UTC")
                    .writeEnd()
                    .write("builtAt", builtAt.toString())
                    .write("requestedBy", requestedBy)
                    .writeStartObject("retention")
                    .write("years", retentionYears)
                    .write("because", retentionBecause)
                    .writeEnd()
                    .writeStartObject("signature")
                    .write("algorithm", "Ed25519")
                    .write("signatureFile", SIGNATURE)
                    .write("publicKeyFile", PUBLIC_KEY)
                    .write("verificationMethod", verificationMethod)
                    .write("publicKeyMultibase", publicKeyMultibase)
                    .writeEnd()
                    .writeStartArray("files");
            for (var file : files) {
                json.writeStartObject()
                        .write("path", file.path())
                        .write("bytes", file.bytes())
                        .write("sha256", file.sha256())
                        .writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return bytes.toByteArray();
    }

    /** The public key as PEM (SubjectPublicKeyInfo), the form openssl reads with {@code -pubin}. */
    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
