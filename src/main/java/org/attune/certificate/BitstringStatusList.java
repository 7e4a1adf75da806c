package org.attune.certificate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List of revocations, before it is signed: {@value #SIZE} entries, one bit each, bit 0 the
 * most significant bit of the first byte (as the specification orders them), GZIP-compressed and multibase-encoded
 * (base64url without padding, prefix "u"). A pure function of the set bits, so every server serves the same list
 * for the same certificates.
 */
final class BitstringStatusList {

    /** The specification's minimum, so that one entry says nothing about which certificate it is. */
    static final int SIZE = 131_072;

    private BitstringStatusList() {}

    /** The unsigned {@code BitstringStatusListCredential} of list {@code url}, valid from {@code since}. */
    static JsonObject credential(String url, String issuerDid, Instant since, Collection<Integer> revoked) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(OpenBadge.VC_CONTEXT))
                .add("id", url)
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", issuerDid)
                .add("validFrom", OpenBadge.SECONDS.format(since.truncatedTo(ChronoUnit.SECONDS)))
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder()
                                .add("id", url + "#list")
                                .add("type", "BitstringStatusList")
                                .add("statusPurpose", "revocation")
                                .add("encodedList", encode(revoked)))
                .build();
    }

    /** The list's bits, set at the given indexes, compressed and encoded. */
    static String encode(Collection<Integer> set) {
        var bits = new byte[SIZE / 8];
        for (int index : set) {
            if (index < 0 || index >= SIZE) {
                throw new IllegalArgumentException("Status-list index " + index + " is outside 0.." + (SIZE - 1));
            }
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
