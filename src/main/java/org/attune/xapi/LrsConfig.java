package org.attune.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The learning record store statements go to, as the operator set it in the environment: its xAPI endpoint
 * ({@code ATTUNE_LRS_ENDPOINT}, the address its {@code statements} resource is under, http or https), the key and
 * secret it gives Attune for HTTP Basic ({@code ATTUNE_LRS_KEY}, {@code ATTUNE_LRS_SECRET}), and how a learner is
 * named in statements ({@code ATTUNE_LRS_ACTOR}: {@code account}, an opaque name, by default; {@code mbox}, their
 * email). All three of endpoint, key and secret, or nothing is reported.
 */
public record LrsConfig(URI endpoint, String key, String secret, Actor actor) {

    /** How a learner appears in a statement. */
    public enum Actor {
        /** An account on Attune's public address, named by an opaque id that says nothing about the person. */
        ACCOUNT,
        /** Their email address, for an organisation whose LRS matches people by it. */
        MBOX
    }

    public LrsConfig {
        Objects.requireNonNull(endpoint, "An endpoint is required.");
        Objects.requireNonNull(key, "A key is required.");
        Objects.requireNonNull(secret, "A secret is required.");
        Objects.requireNonNull(actor, "An actor kind is required.");
    }

    /** What the environment says: a configuration, or why there is none (unset, or what is wrong with it). */
    public record Reading(Optional<LrsConfig> config, String explanation) {}

    public static Reading read(Map<String, String> environment) {
        var endpoint = text(environment, "ATTUNE_LRS_ENDPOINT");
        var key = text(environment, "ATTUNE_LRS_KEY");
        var secret = text(environment, "ATTUNE_LRS_SECRET");
        if (endpoint.isEmpty() && key.isEmpty() && secret.isEmpty()) {
            return none("No learning record store is configured (ATTUNE_LRS_ENDPOINT): no xAPI statements are sent.");
        }
        if (endpoint.isEmpty() || key.isEmpty() || secret.isEmpty()) {
            return none(
                    "ATTUNE_LRS_ENDPOINT, ATTUNE_LRS_KEY and ATTUNE_LRS_SECRET must all be set for a learning record"
                            + " store; one is missing, so no xAPI statements are sent.");
        }
        URI uri;
        try {
            uri = new URI(endpoint.get().endsWith("/") ? endpoint.get() : endpoint.get() + "/");
        } catch (URISyntaxException e) {
            return none("ATTUNE_LRS_ENDPOINT is not an address (" + e.getMessage() + "): no xAPI statements are sent.");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            return none("ATTUNE_LRS_ENDPOINT '" + endpoint.get()
                    + "' is not an http or https address without query or fragment: no xAPI statements are sent.");
        }
        var actorText = text(environment, "ATTUNE_LRS_ACTOR").orElse("account");
        Actor actor;
        try {
            actor = Actor.valueOf(actorText.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return none(
                    "ATTUNE_LRS_ACTOR is '" + actorText + "', not 'account' or 'mbox': no xAPI statements are sent.");
        }
        var config = new LrsConfig(uri, key.get(), secret.get(), actor);
        return new Reading(
                Optional.of(config),
                "xAPI statements go to the learning record store at " + uri + ", learners named by "
                        + (actor == Actor.ACCOUNT ? "an opaque account name" : "their email address") + ".");
    }

    /** The statements resource, where batches are posted. */
    public URI statements() {
        return endpoint.resolve("statements");
    }

    /** The value of the Authorization header. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "LrsConfig[" + endpoint + ", key " + key + ", actor " + actor + "]";
    }

    private static Reading none(String why) {
        return new Reading(Optional.empty(), why);
    }

    private static Optional<String> text(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
