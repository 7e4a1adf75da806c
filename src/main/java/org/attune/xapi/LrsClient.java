package org.attune.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Speaks to the learning record store's statements resource as xAPI 1.0.3 says: a batch is POSTed as a JSON array,
 * one statement PUT under its id; HTTP Basic with the store's key and secret; the version header on every request.
 */
@ApplicationScoped
public class LrsClient {

    /** An LRS that takes longer than this is treated as down, and the batch retried later. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    static final String VERSION = "1.0.3";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** What the store answered a batch. */
    enum Answer {
        /** It stored them (200, or 204). */
        STORED,
        /** It holds a statement with one of the ids already (409), so it refused the batch. */
        CONFLICT
    }

    /** Posts the statements as one batch; throws when the store is down or refuses them otherwise. */
    Answer post(LrsConfig config, List<String> statements) {
        var response = send(
                config,
                HttpRequest.newBuilder(config.statements())
                        .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", statements) + "]")));
        return switch (response.statusCode()) {
            case 200, 204 -> Answer.STORED;
            case 409 -> Answer.CONFLICT;
            default -> throw refused(response);
        };
    }

    /** Puts one statement under its id: stored now (204), or held already (409); throws otherwise. */
    void put(LrsConfig config, String id, String statement) {
        var uri = URI.create(config.statements() + "?statementId=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        var response = send(config, HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString(statement)));
        if (response.statusCode() != 204 && response.statusCode() != 200 && response.statusCode() != 409) {
            throw refused(response);
        }
    }

    private HttpResponse<String> send(LrsConfig config, HttpRequest.Builder request) {
        try {
            return http.send(
                    request.timeout(TIMEOUT)
                            .header("Content-Type", "application/json")
                            .header("X-Experience-API-Version", VERSION)
                            .header("Authorization", config.authorization())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The learning record store at " + config.endpoint() + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending statements", e);
        }
    }

    private static IllegalStateException refused(HttpResponse<String> response) {
        var body = response.body() == null ? "" : response.body().strip();
        return new IllegalStateException("The learning record store answered " + response.statusCode()
                + (body.isEmpty() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body)));
    }
}
