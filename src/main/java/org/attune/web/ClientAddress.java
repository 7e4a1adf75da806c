package org.attune.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address of the person behind a request, for throttling and the security log. It is the connection's address,
 * unless that connection comes from a trusted proxy (a load balancer, listed in {@code ATTUNE_TRUSTED_PROXIES} as
 * comma-separated IP addresses; none by default): then it is the nearest address in {@code X-Forwarded-For} that is
 * not itself a trusted proxy. The header is read from the right, because a proxy appends the address it saw to
 * whatever the client sent: everything to the left of it is the client's own claim, and a client can claim anything.
 */
public final class ClientAddress {

    private static final Pattern OCTET = Pattern.compile("25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]");
    private static final Pattern LITERAL =
            Pattern.compile("(" + OCTET + ")(\\.(" + OCTET + ")){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private static final ClientAddress FROM_ENVIRONMENT = new ClientAddress(System.getenv("ATTUNE_TRUSTED_PROXIES"));

    private final Set<InetAddress> trusted;

    /** Trusting the proxies in the comma-separated list (blank: none); anything but an IP address is refused. */
    ClientAddress(String trustedProxies) {
        var list = trustedProxies == null ? List.<String>of() : List.of(trustedProxies.split(","));
        trusted = list.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> parse(s).orElseThrow(() ->
                        new IllegalArgumentException("ATTUNE_TRUSTED_PROXIES lists '" + s + "', not an IP address")))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address, with the proxies of {@code ATTUNE_TRUSTED_PROXIES} trusted. */
    public static String of(HttpServletRequest request) {
        return FROM_ENVIRONMENT.resolve(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
    }

    String resolve(String socketAddress, Enumeration<String> forwardedFor) {
        var peer = parse(socketAddress);
        if (peer.isEmpty() || !trusted.contains(peer.get()) || forwardedFor == null) {
            return socketAddress;
        }
        var hops = new ArrayList<String>();
        for (var header : Collections.list(forwardedFor)) {
            for (var hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String nearest = socketAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            var hop = parse(hops.get(i));
            if (hop.isEmpty()) {
                // Not an address: whoever wrote it is not to be believed, and neither is anything to its left.
                return nearest;
            }
            nearest = hop.get().getHostAddress();
            if (!trusted.contains(hop.get())) {
                return nearest;
            }
        }
        return nearest;
    }

    /** The address, when the text is an IP address literal (never a host name, which would need a DNS lookup). */
    private static Optional<InetAddress> parse(String text) {
        if (text == null || !LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
