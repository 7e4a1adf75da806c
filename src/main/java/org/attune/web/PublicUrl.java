package org.attune.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The address certificates point their QR codes and verification links at, and email its links, settled at start-up and never taken
 * from a request (whose Host header anyone can write): {@code ATTUNE_PUBLIC_URL} when set (what learners and boards
 * type, e.g. behind a proxy), else the server's own configured HTTP address with the application's context path
 * ({@code http://localhost:8080} for the Run command; the port follows {@code jboss.http.port} and the port offset,
 * the host {@code jboss.bind.address}, as standalone.xml does). Start-up warns when the variable is unset and the
 * server listens beyond this machine, where its own address is unlikely to be the one learners use.
 */
@ApplicationScoped
public class PublicUrl {

    private static final Logger LOG = Logger.getLogger(PublicUrl.class.getName());

    /** The address, and what the operator should be told about it at start-up. */
    record Resolved(String url, Optional<String> warning) {}

    @Inject
    ServletContext context;

    private String url;

    @PostConstruct
    void resolve() {
        var resolved = resolve(
                System.getenv("ATTUNE_PUBLIC_URL"),
                System.getProperty("jboss.bind.address", "127.0.0.1"),
                number("jboss.http.port", 8080) + number("jboss.socket.binding.port-offset", 0),
                context.getContextPath());
        url = resolved.url();
        resolved.warning().ifPresent(LOG::warning);
        LOG.info(() -> "Certificates and email point their links at " + url);
    }

    /** Settles the address as the application starts, so that its warning is in the start-up log. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        base();
    }

    /** The address, without a trailing slash: a certificate's link is this plus {@code /verify/{code}}. */
    public String base() {
        return url;
    }

    static Resolved resolve(String configured, String bindAddress, int port, String contextPath) {
        var own = own(bindAddress, port, contextPath);
        if (configured == null || configured.isBlank()) {
            return new Resolved(
                    own.url(),
                    own.local()
                            ? Optional.empty()
                            : Optional.of("ATTUNE_PUBLIC_URL is not set: certificates' QR codes and verification "
                                    + "links will point at " + own.url() + ", this server's own address. Set "
                                    + "ATTUNE_PUBLIC_URL to the address learners and boards use, e.g. "
                                    + "https://ce.example.org."));
        }
        var trimmed = configured.strip().replaceAll("/+$", "");
        if (!isWebAddress(trimmed)) {
            return new Resolved(
                    own.url(),
                    Optional.of("ATTUNE_PUBLIC_URL is not an http or https address: certificates' QR codes and "
                            + "verification links will point at " + own.url() + ", this server's own address, "
                            + "until it is set to one like https://ce.example.org."));
        }
        return new Resolved(trimmed, Optional.empty());
    }

    private record Own(String url, boolean local) {}

    private static Own own(String bindAddress, int port, String contextPath) {
        var path = contextPath == null ? "" : contextPath.replaceAll("/+$", "");
        var bind = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress.strip();
        try {
            var address = InetAddress.getByName(bind);
            if (address.isLoopbackAddress()) {
                return new Own("http://localhost:" + port + path, true);
            }
            var host = address.isAnyLocalAddress() ? machineName() : bind;
            return new Own("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + path, false);
        } catch (UnknownHostException e) {
            return new Own("http://" + bind + ":" + port + path, false);
        }
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int number(String property, int otherwise) {
        try {
            return Integer.parseInt(
                    System.getProperty(property, String.valueOf(otherwise)).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
