package org.attune.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A verifier of Verifiable Credentials that Attune did not write: Digital Bazaar's {@code @digitalbazaar/vc} with the
 * {@code eddsa-rdfc-2022} cryptosuite and {@code vc-bitstring-status-list}, run with the machine's Node on the
 * harness the build installs (src/test/verifier, into target/verifier; its path comes in the system property
 * {@code credential.verifier}). It sees only the credential and the documents a test hands it (controller documents,
 * status lists, contexts of no bundled package): it never goes to the network. A verifier that could not run throws
 * {@link IllegalStateException}; it never reports a credential it did not check as valid.
 */
public final class CredentialVerifier {

    /** The system property with the path of the installed verify.mjs, which pom.xml sets for both test plugins. */
    public static final String PROPERTY = "credential.verifier";

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * What the verifier found: {@code verified} when the proof checks against its issuer's key and the credential is
     * well formed (and, where its status list was given, the list verifies too); {@code status} is "valid", "revoked"
     * or "unknown" (no status list to check, or the credential did not verify); {@code errors} says why not.
     */
    public record Result(boolean verified, String status, List<String> errors) {

        public Result {
            errors = List.copyOf(errors);
        }
    }

    private final Path script;

    private CredentialVerifier(Path script) {
        this.script = script;
    }

    /** The verifier the build installed; fails clearly when it is not installed or Node is missing. */
    public static CredentialVerifier installed() {
        String path = System.getProperty(PROPERTY);
        if (path == null) {
            throw new IllegalStateException("System property " + PROPERTY + " is not set: run the tests with Maven,"
                    + " which installs the verifier into target/verifier");
        }
        Path script = Path.of(path);
        if (!Files.isRegularFile(script) || !Files.isDirectory(script.resolveSibling("node_modules"))) {
            throw new IllegalStateException("The credential verifier is not installed at " + script
                    + ": run mvn generate-test-resources (it needs node and npm)");
        }
        return new CredentialVerifier(script);
    }

    /**
     * Verifies a credential, proof and status.
     *
     * @param credential the credential's JSON
     * @param documents the documents the verifier may load, by URL (a DID, a controller document's URL, the status
     *     list's URL), each as JSON; a key's URL resolves through the controller document that lists it
     */
    public Result verify(String credential, Map<String, String> documents) {
        return run(credential, documents, false);
    }

    /** Verifies a credential's proof and content only, as a verifier without the network would: status "unknown". */
    public Result verifyOffline(String credential, Map<String, String> documents) {
        return run(credential, documents, true);
    }

    /**
     * Issues, with the harness's libraries and a fixed test key, a credential whose status list entry is revoked or
     * not, and its signed status list, into the given directory: credential.json, status-list.json and controller-document.json (for
     * {@code did:web:issuer.example}, the status list at {@code https://issuer.example/credentials/status/1}).
     */
    public Path issueTestCredentialWithStatus(Path directory, boolean revoked) {
        node(List.of(
                script.resolveSibling("make-status-fixtures.mjs").toString(),
                directory.toString(),
                revoked ? "revoked" : "valid"));
        return directory;
    }

    private Result run(String credential, Map<String, String> documents, boolean offline) {
        Objects.requireNonNull(credential, "A credential is required.");
        Path directory = temporaryDirectory();
        try {
            return parse(node(argumentsFor(directory, credential, documents, offline)));
        } finally {
            deleteTree(directory);
        }
    }

    private List<String> argumentsFor(
            Path directory, String credential, Map<String, String> documents, boolean offline) {
        List<String> arguments = new ArrayList<>();
        arguments.add(script.toString());
        arguments.add(write(directory, "credential.json", credential).toString());
        int n = 0;
        for (Map.Entry<String, String> document : new LinkedHashMap<>(documents).entrySet()) {
            Path file = write(directory, "document-" + n++ + ".json", document.getValue());
            arguments.add("--document");
            arguments.add(document.getKey() + "=" + file);
        }
        if (offline) {
            arguments.add("--offline");
        }
        return arguments;
    }

    private static Result parse(String output) {
        try (JsonReader reader = Json.createReader(new StringReader(output))) {
            JsonObject json = reader.readObject();
            List<String> errors = json.getJsonArray("errors").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
            return new Result(json.getBoolean("verified"), json.getString("status"), errors);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The credential verifier printed no verdict: " + output, e);
        }
    }

    private String node(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(arguments);
        Path logs = temporaryDirectory();
        Path output = logs.resolve("stdout.txt");
        Path errors = logs.resolve("stderr.txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(script.getParent().toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The credential verifier did not finish within " + PATIENCE);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("The credential verifier failed (exit " + process.exitValue() + "): "
                        + Files.readString(errors));
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run node (is Node.js installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the credential verifier ran", e);
        } finally {
            deleteTree(logs);
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path directory, String name, String json) {
        try {
            return Files.writeString(directory.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("credential-verifier");
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
