package org.attune.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * The deadline spike: every prepared "Submit answers" of a file written by {@link Sessions} sent once, paced evenly
 * over a few seconds whatever the answers' latency (an open loop: the people at a deadline do not wait for each
 * other), each its own request on a connection of its own when none is free. Meanwhile the database is watched
 * until every attempt of these learners is graded and every outbox row written since the spike began is done: that
 * moment is the drain time. {@code Deadline <url> <submissions.txt> <seconds> <jdbc-url> <user> <password> <first
 * learner> <learners>} prints {@code deadline.name=value} lines for benchmark.sh.
 */
public final class Deadline {

    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private record Sent(long startedNanos, long answeredNanos, boolean good) {}

    public static void main(String[] args) throws Exception {
        var app = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        var lines = Files.readAllLines(Path.of(args[1]));
        var spread = Duration.ofMillis((long) (Double.parseDouble(args[2]) * 1000));
        var jdbc = List.of(args[3], args[4], args[5]);
        int first = Integer.parseInt(args[6]);
        int learners = Integer.parseInt(args[7]);
        var origin = app.getScheme() + "://" + app.getRawAuthority();

        var client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        var began = Instant.now().minusSeconds(1); // outbox rows are stamped by the server's clock, to the millisecond
        long t0 = System.nanoTime();
        var drained = new CompletableFuture<Long>();
        var watcher = Executors.newSingleThreadExecutor();
        watcher.submit(() -> watch(jdbc, first, learners, lines.size(), began, t0, drained));

        var answers = new ArrayList<CompletableFuture<Sent>>();
        long interval = spread.toNanos() / lines.size();
        for (int i = 0; i < lines.size(); i++) {
            long due = t0 + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            var fields = lines.get(i).split("\t", 3);
            var request = HttpRequest.newBuilder(app.resolve(fields[1]))
                    .timeout(GIVE_UP)
                    .header("Cookie", fields[0])
                    .header("Origin", origin)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(fields[2]))
                    .build();
            long started = System.nanoTime();
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> new Sent(
                            started,
                            System.nanoTime(),
                            failure == null
                                    && response.statusCode() == 200
                                    && response.body().contains("panel result"))));
        }
        long sentNanos = System.nanoTime() - t0;
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        long drainNanos;
        try {
            drainNanos = drained.get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("The database did not show the spike drained: " + e);
            drainNanos = -1;
        }
        watcher.shutdownNow();

        var sent = answers.stream().map(CompletableFuture::join).toList();
        var latencies = sent.stream()
                .mapToDouble(s -> (s.answeredNanos() - s.startedNanos()) / 1e6)
                .sorted()
                .toArray();
        long good = sent.stream().filter(Sent::good).count();
        long lastAnswer = sent.stream().mapToLong(Sent::answeredNanos).max().orElse(t0) - t0;
        print("sent", lines.size());
        print("sent_seconds", sentNanos / 1e9);
        print("good", good);
        print("bad", lines.size() - good);
        print("p50_ms", percentile(latencies, 50));
        print("p99_ms", percentile(latencies, 99));
        print("max_ms", latencies.length == 0 ? 0 : latencies[latencies.length - 1]);
        print("last_answer_seconds", lastAnswer / 1e9);
        print("drain_seconds", drainNanos < 0 ? -1 : drainNanos / 1e9);
        System.exit(0);
    }

    /**
     * Polls the database until these learners' attempts are all graded and no outbox row written since the spike
     * began is left to do; completes with that moment, in nanoseconds since the first request.
     */
    private static void watch(
            List<String> jdbc,
            int first,
            int learners,
            int expected,
            Instant began,
            long t0,
            CompletableFuture<Long> done) {
        try (var db = DriverManager.getConnection(jdbc.get(0), jdbc.get(1), jdbc.get(2));
                var graded = db.prepareStatement("SELECT COUNT(*) FROM quiz_attempt a JOIN account p"
                        + " ON p.id = a.account_id WHERE p.email >= ? AND p.email <= ? AND a.status = 'SUBMITTED'");
                var pending =
                        db.prepareStatement("SELECT COUNT(*) FROM outbox WHERE done_at IS NULL AND created_at >= ?")) {
            graded.setString(1, Seed.email(first));
            graded.setString(2, Seed.email(first + learners - 1));
            pending.setTimestamp(1, Timestamp.from(began));
            while (!Thread.currentThread().isInterrupted()) {
                if (count(graded) >= expected && count(pending) == 0) {
                    done.complete(System.nanoTime() - t0);
                    return;
                }
                Thread.sleep(50);
            }
        } catch (SQLException | InterruptedException e) {
            done.completeExceptionally(e);
        }
    }

    private static long count(java.sql.PreparedStatement query) throws SQLException {
        try (var rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void print(String name, double value) {
        System.out.println(
                String.format(Locale.ROOT, "deadline.%s=%.3f", name, value).replaceAll("\\.000$", ""));
    }

    private static void print(String name, long value) {
        System.out.println("deadline." + name + "=" + value);
    }
}
