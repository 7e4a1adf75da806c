package org.attune.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ATTUNE_PUBLIC_URL}: the address people type for Attune (e.g. {@code https://ce.example.org}), which behind a
 * proxy is not the address the server itself is reached at. Its origin is this site as much as the request's own,
 * and when it is https, cookies are Secure and browsers are told to use https only. Unset or not an http(s) URL, it
 * says nothing, and only what the request shows counts.
 */
public final class PublicAddress {

    private static final Optional<String> ORIGIN = originOf(System.getenv("ATTUNE_PUBLIC_URL"));

    private PublicAddress() {}

    /** The configured address's origin ({@code https://ce.example.org}), if one is configured. */
    public static Optional<String> origin() {
        return ORIGIN;
    }

    /** Whether people reach Attune over https, whatever the last hop to the server is. */
    public static boolean isHttps() {
        return ORIGIN.filter(origin -> origin.startsWith("https://")).isPresent();
    }

    /** The origin of an http or https URL, lower case and without its scheme's default port; empty otherwise. */
    static Optional<String> originOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            var uri = new URI(url.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(origin(scheme, uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** scheme://host[:port] as a browser writes it in an Origin header: the default port (80, 443) left out. */
    static String origin(String scheme, String host, int port) {
        var lowerScheme = scheme.toLowerCase(Locale.ROOT);
        var lowerHost = host.toLowerCase(Locale.ROOT);
        if (lowerHost.indexOf(':') >= 0 && !lowerHost.startsWith("[")) {
            lowerHost = "[" + lowerHost + "]";
        }
        boolean defaultPort =
                port < 0 || (lowerScheme.equals("http") && port == 80) || (lowerScheme.equals("https") && port == 443);
        return lowerScheme + "://" + lowerHost + (defaultPort ? "" : ":" + port);
    }
}
