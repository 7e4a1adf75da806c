package org.attune.lti;

import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The admin page's form for one platform registration, made from a registration ({@link #of}) or empty for a new
 * one, and checked by {@link #problems()}: every field the launch needs is there, the URLs are absolute https (or
 * http on localhost, for a test platform), and a framing origin is a bare origin.
 */
public class PlatformForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String issuer = "";
    private String clientId = "";
    private String deploymentIds = "";
    private String authUrl = "";
    private String jwksUrl = "";
    private String tokenUrl = "";
    private boolean allowFraming;
    private String framingOrigin = "";

    public static PlatformForm of(LtiPlatform platform) {
        var form = new PlatformForm();
        form.id = platform.id();
        form.issuer = platform.issuer();
        form.clientId = platform.clientId();
        form.deploymentIds = String.join("\n", platform.deploymentIds());
        form.authUrl = platform.authUrl();
        form.jwksUrl = platform.jwksUrl();
        form.tokenUrl = platform.tokenUrl();
        form.allowFraming = platform.allowFraming();
        form.framingOrigin = platform.framingOrigin() == null ? "" : platform.framingOrigin();
        return form;
    }

    /** What is wrong, field name to message key ({@code lti.platform.*}); empty when the form can be saved. */
    public Map<String, String> problems() {
        var problems = new TreeMap<String, String>();
        if (blank(issuer)) {
            problems.put("issuer", "lti.platform.issuerRequired");
        }
        if (blank(clientId)) {
            problems.put("clientId", "lti.platform.clientIdRequired");
        }
        if (lines(deploymentIds).isEmpty()) {
            problems.put("deploymentIds", "lti.platform.deploymentRequired");
        }
        for (var field : List.of("authUrl", "jwksUrl", "tokenUrl")) {
            var value = Map.of("authUrl", authUrl, "jwksUrl", jwksUrl, "tokenUrl", tokenUrl)
                    .get(field);
            if (!webAddress(value)) {
                problems.put(field, "lti.platform.urlInvalid");
            }
        }
        if (allowFraming && !origin(framingOrigin)) {
            problems.put("framingOrigin", "lti.platform.originInvalid");
        }
        return problems;
    }

    /** Non-blank lines, stripped, each once: deployment ids are typed one a line. */
    static List<String> lines(String text) {
        var lines = new ArrayList<String>();
        if (text != null) {
            Arrays.stream(text.split("[\\r\\n,]+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .distinct()
                    .forEach(lines::add);
        }
        return lines;
    }

    /** An absolute https URL, or http to localhost (a platform on the admin's own machine). */
    static boolean webAddress(String value) {
        if (blank(value)) {
            return false;
        }
        try {
            var uri = new URI(value.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || ("http".equals(uri.getScheme())
                            && List.of("localhost", "127.0.0.1").contains(uri.getHost()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** A bare origin: scheme, host and optional port, no path ({@code https://lms.example.edu}). */
    static boolean origin(String value) {
        if (!webAddress(value)) {
            return false;
        }
        var uri = URI.create(value.strip());
        return (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Long getId() {
        return id;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getDeploymentIds() {
        return deploymentIds;
    }

    public void setDeploymentIds(String deploymentIds) {
        this.deploymentIds = deploymentIds;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public boolean isAllowFraming() {
        return allowFraming;
    }

    public void setAllowFraming(boolean allowFraming) {
        this.allowFraming = allowFraming;
    }

    public String getFramingOrigin() {
        return framingOrigin;
    }

    public void setFramingOrigin(String framingOrigin) {
        this.framingOrigin = framingOrigin;
    }
}
