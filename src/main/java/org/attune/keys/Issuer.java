package org.attune.keys;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The issuer's decentralized identifier: a {@code did:web} of Attune's public address. */
public final class Issuer {

    private Issuer() {}

    /**
     * The {@code did:web} of an address (did:web method specification): the host, its port percent-encoded
     * ({@code http://localhost:8080} gives {@code did:web:localhost%3A8080}) and each path segment after a colon
     * ({@code https://ce.example.org/attune} gives {@code did:web:ce.example.org:attune}, whose document is then at
     * {@code /attune/did.json} rather than {@code /.well-known/did.json}).
     */
    public static String did(String baseUrl) {
        var uri = URI.create(baseUrl.strip());
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Not a web address: " + baseUrl);
        }
        var did = new StringBuilder("did:web:").append(uri.getHost().toLowerCase(java.util.Locale.ROOT));
        if (uri.getPort() != -1) {
            did.append("%3A").append(uri.getPort());
        }
        var path = uri.getRawPath() == null ? "" : uri.getRawPath();
        var segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).collect(Collectors.joining(":"));
        if (!segments.isEmpty()) {
            did.append(':').append(segments);
        }
        return did.toString();
    }

    /** The id of one of the issuer's keys as a verification method: the DID and the key's id as fragment. */
    public static String verificationMethod(String did, String keyId) {
        return did + "#" + keyId;
    }
}
