package org.attune.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The benchmark's figures as a Markdown table, one column a database, with the targets and the machine it ran on.
 * {@code Report <bench dir> <seconds>} prints it; {@code Report --readme <results.md> <README.md>} puts it in the
 * README between its benchmark markers.
 */
public final class Report {

    static final String START = "<!-- benchmark:start -->";
    static final String END = "<!-- benchmark:end -->";

    private final Map<String, Properties> columns = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--readme")) {
            var table = Files.readString(Path.of(args[1])).strip();
            var readme = Path.of(args[2]);
            var text = Files.readString(readme);
            int from = text.indexOf(START);
            int to = text.indexOf(END);
            if (from < 0 || to < from) {
                throw new IllegalStateException("README.md has no " + START + " ... " + END + " section");
            }
            Files.writeString(
                    readme, text.substring(0, from + START.length()) + "\n" + table + "\n" + text.substring(to));
            return;
        }
        var bench = Path.of(args[0]);
        var report = new Report();
        for (var db : List.of("h2", "postgresql")) {
            var file = bench.resolve(db).resolve("results.txt");
            if (Files.exists(file)) {
                var values = new Properties();
                try (var in = Files.newBufferedReader(file)) {
                    values.load(in);
                }
                report.columns.put(db.equals("h2") ? "H2" : "PostgreSQL 15", values);
            }
        }
        System.out.print(report.table(Files.readString(bench.resolve("pdf.txt")), Long.parseLong(args[1])));
    }

    private String table(String pdf, long seconds) throws IOException {
        var out = new StringBuilder();
        out.append("| measure | target |");
        columns.keySet().forEach(name -> out.append(' ').append(name).append(" |"));
        out.append("\n|---|---|");
        columns.keySet().forEach(name -> out.append("---|"));
        out.append('\n');
        row(
                out,
                "Lesson page, signed in, 100 connections: requests/s, p50, p99",
                "p99 ≤ 20 ms",
                v -> rps(v, "lesson100") + ", " + ms(v, "lesson100.p50_ms") + ", " + ms(v, "lesson100.p99_ms"));
        row(
                out,
                "Lesson page, 500 connections: requests/s, p50, p99",
                "",
                v -> rps(v, "lesson500") + ", " + ms(v, "lesson500.p50_ms") + ", " + ms(v, "lesson500.p99_ms"));
        row(
                out,
                "Lesson page HTML (gzip on the wire)",
                "≤ 40 KB",
                v -> kb(v, "lesson_bytes") + " (" + kb(v, "lesson_gzip_bytes") + ")");
        row(
                out,
                "nginx, the same bytes, 100 / 500 connections: requests/s",
                "",
                v -> rps(v, "nginx100") + " / " + rps(v, "nginx500"));
        row(
                out,
                "Attune ÷ nginx, 100 / 500 connections",
                "≥ 15%",
                v -> ratio(v, "lesson100", "nginx100") + " / " + ratio(v, "lesson500", "nginx500"));
        row(
                out,
                "Quiz submissions, 100 connections: submissions/s, p50, p99",
                "≥ 1,000/s, p99 ≤ 50 ms",
                v -> rps(v, "quiz") + ", " + ms(v, "quiz.p50_ms") + ", " + ms(v, "quiz.p99_ms"));
        row(
                out,
                "Quiz submissions: answered with the graded result; graded in the database; attempts beyond those"
                        + " prepared; graded without a score",
                "none lost or doubled",
                v -> String.format(
                        Locale.ROOT,
                        "%,d; %,d; %,d; %,d",
                        num(v, "quiz.good"),
                        num(v, "quiz_db.submitted"),
                        num(v, "quiz_db.attempts")
                                - num(v, "quiz.prepared")
                                + Math.max(0, num(v, "quiz_db.highest_attempt_number") - 1),
                        num(v, "quiz_db.submitted_without_score")));
        row(
                out,
                "Catalog, signed in: p99 at 10 / 100 connections (requests/s)",
                "p99 ≤ 50 ms",
                v -> ms(v, "catalog10.p99_ms") + " / " + ms(v, "catalog100.p99_ms") + " (" + rps(v, "catalog10") + " / "
                        + rps(v, "catalog100") + ")");
        row(
                out,
                "Dashboard: p99 at 10 / 100 connections (requests/s)",
                "p99 ≤ 50 ms",
                v -> ms(v, "dashboard10.p99_ms") + " / " + ms(v, "dashboard100.p99_ms") + " (" + rps(v, "dashboard10")
                        + " / " + rps(v, "dashboard100") + ")");
        var pdfTimes = Pattern.compile("p50 ([0-9.]+) ms, p95 ([0-9.]+) ms").matcher(pdf);
        var pdfCell = pdfTimes.find() ? pdfTimes.group(1) + " ms, " + pdfTimes.group(2) + " ms" : "?";
        row(out, "Certificate PDF rendering: p50, p95", "p95 ≤ 30 ms", v -> pdfCell);
        row(
                out,
                "Heap per signed-in learner (1,000 more sessions, after GC; on H2 with its page cache)",
                "≤ 20 KB",
                v -> v.getProperty("heap_per_session_kb", "?") + " KB");
        row(
                out,
                "Start to first page, with the data (on an empty database)",
                "≤ 8 s",
                v -> sec(v, "start_ms") + " (" + sec(v, "start_empty_ms") + ")");
        row(out, "Bad responses (wrong status or page) in all runs", "0", v -> String.valueOf(bad(v)));
        out.append('\n').append(machine(seconds)).append('\n');
        return out.toString();
    }

    private void row(StringBuilder out, String measure, String target, Function<Properties, String> cell) {
        out.append("| ").append(measure).append(" | ").append(target).append(" |");
        columns.values().forEach(v -> out.append(' ').append(cell.apply(v)).append(" |"));
        out.append('\n');
    }

    private static String rps(Properties v, String run) {
        return String.format(Locale.ROOT, "%,.0f/s", dbl(v, run + ".rps"));
    }

    private static String ms(Properties v, String key) {
        double ms = dbl(v, key);
        return String.format(Locale.ROOT, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
    }

    private static String kb(Properties v, String key) {
        return String.format(Locale.ROOT, "%.1f KB", dbl(v, key) / 1024);
    }

    private static String sec(Properties v, String key) {
        return String.format(Locale.ROOT, "%.1f s", dbl(v, key) / 1000);
    }

    private static String ratio(Properties v, String app, String nginx) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * dbl(v, app + ".rps") / dbl(v, nginx + ".rps"));
    }

    private static long bad(Properties v) {
        long bad = 0;
        for (var key : v.stringPropertyNames()) {
            if (key.endsWith(".bad") || key.endsWith(".socket_errors")) {
                bad += num(v, key);
            }
        }
        return bad;
    }

    private static double dbl(Properties v, String key) {
        var value = v.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private static long num(Properties v, String key) {
        var value = v.getProperty(key);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String machine(long seconds) throws IOException {
        var cpu = "unknown CPU";
        var cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
        }
        var memory = new ArrayList<String>();
        var meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            Files.readAllLines(meminfo).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB")
                    .forEach(memory::add);
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(
                Locale.ROOT,
                "Measured %s on %d cores (%s), %s RAM, %s %s, Java %s; load tool wrk, server and load on the same"
                        + " machine; the whole benchmark took %d min %d s.",
                LocalDate.now(),
                os.getAvailableProcessors(),
                cpu,
                String.join("", memory),
                os.getName(),
                os.getVersion(),
                System.getProperty("java.version"),
                seconds / 60,
                seconds % 60);
    }
}
