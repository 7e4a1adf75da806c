package org.attune.testing;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The learning record store the integration-test server reports to ({@code ATTUNE_LRS_ENDPOINT}, see pom.xml): it
 * answers as an xAPI 1.0.3 LRS does (a batch stored: 200 with the ids; a known id: 409; a PUT: 204), checking the
 * version header and the Basic credentials, and runs every statement it receives through Learning Locker's
 * xapi-validation (node, {@code IT_XAPI_VALIDATOR}): an invalid batch is refused with 400, as a real LRS would, and
 * its problems kept for the test to show. A test may take it down (it answers 503) and bring it back. Served by
 * {@link LrsStandInServlet} in every test deployment.
 */
@ApplicationScoped
public class LrsStandIn {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A statement the stand-in stored, how many times a request carried its id, and which batch stored it. */
    public record Received(JsonObject statement, int receipts, int batch) {}

    private final Map<String, JsonObject> stored = new LinkedHashMap<>();
    private final Map<String, Integer> batchOf = new LinkedHashMap<>();
    private final Map<String, Integer> receipts = new LinkedHashMap<>();
    private final List<Integer> batches = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private boolean down;

    private Process validator;
    private Writer toValidator;
    private BufferedReader fromValidator;

    /** Answers 503 from now on, as a store that is down does. */
    public synchronized void takeDown() {
        down = true;
    }

    /** Answers again. */
    public synchronized void bringBack() {
        down = false;
    }

    synchronized boolean isDown() {
        return down;
    }

    /** A POST of a batch (or of one statement); the status to answer and its body. */
    synchronized Map.Entry<Integer, String> post(String body) {
        var parsed = parse(body);
        var statements = parsed instanceof JsonArray array
                ? array
                : Json.createArrayBuilder().add(parsed).build();
        var found = validate(statements.toString());
        statements.forEach(s -> receipts.merge(((JsonObject) s).getString("id", ""), 1, Integer::sum));
        if (!found.isEmpty()) {
            problems.addAll(found);
            return Map.entry(400, String.join("\n", found));
        }
        for (var statement : statements) {
            if (stored.containsKey(((JsonObject) statement).getString("id"))) {
                return Map.entry(
                        409,
                        "A statement with the id " + ((JsonObject) statement).getString("id") + " is stored already.");
            }
        }
        batches.add(statements.size());
        var ids = Json.createArrayBuilder();
        statements.forEach(s -> {
            stored.put(((JsonObject) s).getString("id"), (JsonObject) s);
            batchOf.put(((JsonObject) s).getString("id"), batches.size());
            ids.add(((JsonObject) s).getString("id"));
        });
        return Map.entry(200, ids.build().toString());
    }

    /** A PUT of one statement under its id: 204 when stored now or stored already the same, 409 when different. */
    synchronized int put(String id, String body) {
        var statement = (JsonObject) parse(body);
        receipts.merge(id, 1, Integer::sum);
        var found = validate("[" + statement + "]");
        if (!found.isEmpty() || !id.equals(statement.getString("id", id))) {
            problems.addAll(found);
            return 400;
        }
        var known = stored.get(id);
        if (known != null) {
            return known.equals(
                            Json.createObjectBuilder(statement).add("id", id).build())
                    ? 204
                    : 409;
        }
        stored.put(id, Json.createObjectBuilder(statement).add("id", id).build());
        batches.add(1);
        batchOf.put(id, batches.size());
        return 204;
    }

    /** The statements stored whose actor is the given account name (or mbox), in the order they arrived. */
    public synchronized List<Received> of(Predicate<JsonObject> actor) {
        return stored.values().stream()
                .filter(s -> actor.test(s.getJsonObject("actor")))
                .map(s -> new Received(s, receipts.get(s.getString("id")), batchOf.get(s.getString("id"))))
                .toList();
    }

    /** Waits until the statements of the actor number at least {@code count}; all of them, then. */
    public List<Received> await(Predicate<JsonObject> actor, int count) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var received = of(actor);
            if (received.size() >= count) {
                return received;
            }
            Thread.sleep(100);
        }
        return of(actor);
    }

    /** The sizes of the batches stored, in order. */
    public synchronized List<Integer> batches() {
        return List.copyOf(batches);
    }

    /** What the validator found wrong in any statement received, since the deployment started. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Runs the statements (a JSON array) through the validator; its problems, none when all are valid. */
    public synchronized List<String> validate(String statements) {
        try {
            if (validator == null || !validator.isAlive()) {
                validator = new ProcessBuilder("node", System.getenv("IT_XAPI_VALIDATOR"))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                toValidator = new OutputStreamWriter(validator.getOutputStream(), StandardCharsets.UTF_8);
                fromValidator =
                        new BufferedReader(new InputStreamReader(validator.getInputStream(), StandardCharsets.UTF_8));
            }
            toValidator.write(statements.replace('\n', ' ') + "\n");
            toValidator.flush();
            var answer = fromValidator.readLine();
            if (answer == null) {
                throw new IllegalStateException("The xAPI validator stopped");
            }
            return Json.createReader(new StringReader(answer)).readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (validator != null) {
            validator.destroy();
        }
    }

    private static JsonValue parse(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }
}
