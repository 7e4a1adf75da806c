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
 * The benchmark's figures as Markdown tables: the rungs and Attune's pages with each page's share of each rung, the
 * cost as the data grows, issue 16's figures beside this run's with the targets (one column a database), the time
 * each part took, and the machine it ran on.
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
        try (var in = Files.newBufferedReader(bench.resolve("common.txt"))) {
            report.common.load(in);
        }
        var pdf = bench.resolve("pdf.txt");
        System.out.print(report.table(Files.exists(pdf) ? Files.readString(pdf) : "", Long.parseLong(args[1])));
    }

    /** The rungs and Attune's pages, in the order of the table; each with its name in results.txt. */
    private static final List<Map.Entry<String, String>> PAGES = List.of(
            Map.entry("nginx", "nginx serving the lesson page's saved bytes"),
            Map.entry("file", "WildFly's Undertow file handler serving the same bytes"),
            Map.entry("faces", "bare transient Facelets page including the same lesson body (its own WAR)"),
            Map.entry(
                    "primefaces",
                    "the same page with PrimeFaces 15 (h:head resources, progress bar, messages, button)"),
            Map.entry("lesson", "Attune's lesson page, signed in"),
            Map.entry("catalog", "Attune's catalog, signed in"),
            Map.entry("dashboard", "Attune's dashboard, signed in"),
            Map.entry("anon_catalog", "Attune's catalog, visitor"),
            Map.entry("anon_module", "Attune's module page, visitor"));

    private static final List<String> RUNGS = List.of("nginx", "file", "faces", "primefaces");

    private static final List<Map.Entry<String, String>> PARTS = List.of(
            Map.entry("build", "build (Maven, once)"),
            Map.entry("start_empty", "first start, empty database"),
            Map.entry("seed_10000", "seed 10,000 completions"),
            Map.entry("scale_10000", "start, sign in, catalog and dashboard at 10,000"),
            Map.entry("seed_100000", "seed to 100,000"),
            Map.entry("scale_100000", "start, sign in, catalog and dashboard at 100,000"),
            Map.entry("seed_1000000", "seed to 1,000,000 (and 100,000 graded attempts)"),
            Map.entry("scale_1000000", "start, sign in, catalog and dashboard at 1,000,000"),
            Map.entry("rungs", "rungs: deploy, then 4 × (warm-up, 100 and 10 connections)"),
            Map.entry("pages", "Attune's 5 pages, the same way"),
            Map.entry("quiz", "submissions: prepare 4,500, run 2,000 / 500, the deadline's 2,000"),
            Map.entry("heap", "heap per signed-in learner"),
            Map.entry("pdf", "certificate PDF rendering (once)"));

    private Properties common = new Properties();

    private String table(String pdf, long seconds) throws IOException {
        var out = new StringBuilder();
        columns.forEach((db, v) -> pages(out, db, v));
        scale(out);
        targets(out, pdf);
        parts(out);
        out.append('\n').append(machine(seconds)).append('\n');
        return out.toString();
    }

    private static void pages(StringBuilder out, String db, Properties v) {
        if (v.getProperty("lesson.c100.rps") == null) {
            return;
        }
        out.append("Rungs and pages, ")
                .append(db)
                .append(
                        ": requests/s at 100 connections (closed loop, wrk -t2), latency at 10, each page's throughput as a"
                                + " share of each rung's, and the responses that started a session\n\n");
        out.append("| page | requests/s | p50, p99 at 10 | ÷ nginx | ÷ file handler | ÷ bare Faces | ÷ PrimeFaces"
                + " | sessions started | wrong pages; timeouts and socket errors |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (var page : PAGES) {
            var name = page.getKey();
            out.append("| ")
                    .append(page.getValue())
                    .append(" | ")
                    .append(rps(v, name + ".c100"))
                    .append(" | ");
            out.append(ms(v, name + ".c10.p50_ms")).append(", ").append(ms(v, name + ".c10.p99_ms"));
            for (var rung : RUNGS) {
                // A rung is compared with the cheaper rungs above it only.
                boolean above = RUNGS.contains(name) && RUNGS.indexOf(rung) >= RUNGS.indexOf(name);
                out.append(" | ").append(above ? "" : ratio(v, name + ".c100", rung + ".c100"));
            }
            out.append(String.format(
                    Locale.ROOT,
                    " | %,d of %,d | %,d; %,d |%n",
                    num(v, name + ".c100.new_sessions") + num(v, name + ".c10.new_sessions"),
                    num(v, name + ".c100.requests") + num(v, name + ".c10.requests"),
                    count(v, name + ".", ".bad"),
                    count(v, name + ".", ".socket_errors")));
        }
        out.append('\n');
    }

    private void scale(StringBuilder out) {
        out.append("Cost as the data grows: signed in, 10 connections, p99 (requests/s); each size seeded, then the"
                + " server restarted and warmed up 10 s a page\n\n| lesson completions |");
        columns.keySet()
                .forEach(db -> out.append(" catalog, ")
                        .append(db)
                        .append(" | dashboard, ")
                        .append(db)
                        .append(" |"));
        out.append("\n|---|");
        columns.keySet().forEach(db -> out.append("---|---|"));
        out.append('\n');
        for (var size : List.of(10_000, 100_000, 1_000_000)) {
            out.append(String.format(Locale.ROOT, "| %,d |", size));
            for (var v : columns.values()) {
                for (var page : List.of("catalog", "dashboard")) {
                    var run = "scale" + size + "." + page;
                    out.append(' ')
                            .append(
                                    v.getProperty(run + ".p99_ms") == null
                                            ? "–"
                                            : ms(v, run + ".p99_ms") + " (" + rps(v, run) + ")")
                            .append(" |");
                }
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void targets(StringBuilder out, String pdf) {
        out.append("Issue 16's figures (\"today\", measured before it) beside this run's\n\n");
        out.append("| figure | today | target |");
        columns.keySet().forEach(name -> out.append(' ').append(name).append(" |"));
        out.append("\n|---|---|---|");
        columns.keySet().forEach(name -> out.append("---|"));
        out.append('\n');
        row(
                out,
                "Lesson page, signed in",
                "6–14% of the bare Faces floor (129–327/s); at 10 connections 200/s, p50 49 ms, p99 94 ms",
                "≥ 60% of the bare Faces floor; p99 ≤ 20 ms at 10 connections",
                v -> floor(v, "lesson") + " (" + rps(v, "lesson.c100") + "); at 10 connections " + rps(v, "lesson.c10")
                        + ", p50 " + ms(v, "lesson.c10.p50_ms") + ", p99 " + ms(v, "lesson.c10.p99_ms"));
        row(
                out,
                "Catalog and dashboard, signed in, at 1,000,000 progress rows",
                "126–197/s; p99 119–171 ms at 10 connections",
                "≥ 50% of the bare Faces floor; p99 ≤ 25 ms at 10 connections, flat from 10k to 1M rows",
                v -> "catalog " + floor(v, "catalog") + " (" + rps(v, "catalog.c100") + "), dashboard "
                        + floor(v, "dashboard") + " (" + rps(v, "dashboard.c100") + "); p99 at 10 connections "
                        + ms(v, "catalog.c10.p99_ms") + " / " + ms(v, "dashboard.c10.p99_ms") + "; at 10k / 1M rows "
                        + ms(v, "scale10000.catalog.p99_ms") + " → " + ms(v, "scale1000000.catalog.p99_ms") + " / "
                        + ms(v, "scale10000.dashboard.p99_ms") + " → " + ms(v, "scale1000000.dashboard.p99_ms"));
        row(
                out,
                "Catalog and module page, visitor",
                "247–253/s, a session per request",
                "≥ 60% of the bare Faces floor, no session",
                v -> "catalog " + floor(v, "anon_catalog") + " (" + rps(v, "anon_catalog.c100") + "), module "
                        + floor(v, "anon_module") + " (" + rps(v, "anon_module.c100") + "); sessions started: "
                        + String.format(
                                Locale.ROOT,
                                "%,d of %,d responses",
                                num(v, "anon_catalog.c100.new_sessions")
                                        + num(v, "anon_catalog.c10.new_sessions")
                                        + num(v, "anon_module.c100.new_sessions")
                                        + num(v, "anon_module.c10.new_sessions"),
                                num(v, "anon_catalog.c100.requests")
                                        + num(v, "anon_catalog.c10.requests")
                                        + num(v, "anon_module.c100.requests")
                                        + num(v, "anon_module.c10.requests")));
        row(
                out,
                "Quiz submissions",
                "≈ 50/s; p99 ≈ 2.5 s at 100 connections",
                "≥ 1,000/s at 100 connections; p99 ≤ 50 ms at 10 connections",
                v -> rps(v, "quiz100") + ", p99 " + ms(v, "quiz100.p99_ms") + " at 100 connections; " + rps(v, "quiz10")
                        + ", p50 " + ms(v, "quiz10.p50_ms") + ", p99 " + ms(v, "quiz10.p99_ms") + " at 10");
        row(
                out,
                "Quiz submissions at 100 / 10 connections: answered with the graded result of those sent; graded in"
                        + " the database; attempts beyond those prepared; graded without a score",
                "none lost or doubled",
                "none lost or doubled",
                v -> graded(v, "quiz100") + " / " + graded(v, "quiz10"));
        row(
                out,
                "Deadline spike: 2,000 submissions sent within 2 s",
                "not measured",
                "all graded once, drained in ≤ 5 s",
                v -> v.getProperty("deadline.drain_seconds") == null
                        ? "–"
                        : String.format(
                                Locale.ROOT,
                                "sent in %.1f s; drained (graded, outbox done) in %s; last answer at %.1f s; p50 %s,"
                                        + " p99 %s; %s",
                                dbl(v, "deadline.sent_seconds"),
                                dbl(v, "deadline.drain_seconds") < 0
                                        ? "not within a minute of the last answer"
                                        : String.format(Locale.ROOT, "%.1f s", dbl(v, "deadline.drain_seconds")),
                                dbl(v, "deadline.last_answer_seconds"),
                                ms(v, "deadline.p50_ms"),
                                ms(v, "deadline.p99_ms"),
                                graded(v, "deadline")));
        row(
                out,
                "Server start to first page, with the data (on an empty database)",
                "21–30 s",
                "≤ 8 s",
                v -> sec(v, "start_ms") + " (" + sec(v, "start_empty_ms") + ")");
        row(
                out,
                "Heap per signed-in learner (1,000 more sessions, after GC; on H2 with its page cache)",
                "19–20 KB",
                "≤ 10 KB",
                v -> v.getProperty("heap_per_session_kb", "–") + " KB");
        row(
                out,
                "Lesson page HTML (gzip on the wire)",
                "13.3 KB (5.1 KB)",
                "≤ 40 KB",
                v -> kb(v, "lesson_bytes") + " (" + kb(v, "lesson_gzip_bytes") + ")");
        var pdfTimes = Pattern.compile("p50 ([0-9.]+) ms, p95 ([0-9.]+) ms").matcher(pdf);
        var pdfCell = pdfTimes.find() ? pdfTimes.group(1) + " ms, " + pdfTimes.group(2) + " ms" : "–";
        row(out, "Certificate PDF rendering: p50, p95", "10.2 ms, 14.9 ms", "p95 ≤ 30 ms", v -> pdfCell);
        row(
                out,
                "Wrong responses (status or page) in all runs; timeouts and socket errors",
                "0",
                "0",
                v -> String.format(Locale.ROOT, "%,d; %,d", count(v, "", ".bad"), count(v, "", ".socket_errors")));
        out.append('\n');
    }

    private void parts(StringBuilder out) {
        out.append("How long each part took\n\n| part |");
        columns.keySet().forEach(db -> out.append(' ').append(db).append(" |"));
        out.append("\n|---|");
        columns.keySet().forEach(db -> out.append("---|"));
        out.append('\n');
        for (var part : PARTS) {
            var key = "seconds." + part.getKey();
            boolean shared = common.getProperty(key) != null;
            if (!shared && columns.values().stream().noneMatch(v -> v.getProperty(key) != null)) {
                continue;
            }
            out.append("| ").append(part.getValue()).append(" |");
            for (var v : columns.values()) {
                var value = shared ? common.getProperty(key) : v.getProperty(key);
                out.append(' ')
                        .append(value == null ? "–" : duration(Long.parseLong(value)))
                        .append(" |");
            }
            out.append('\n');
        }
    }

    private static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** A page's throughput as a share of the bare Faces rung's and the PrimeFaces rung's. */
    private static String floor(Properties v, String page) {
        return ratio(v, page + ".c100", "faces.c100") + " of bare Faces, " + ratio(v, page + ".c100", "primefaces.c100")
                + " of PrimeFaces";
    }

    /** Answered with the graded result of those sent; graded; attempts beyond those prepared; graded without score. */
    private static String graded(Properties v, String run) {
        return String.format(
                Locale.ROOT,
                "%,d of %,d; %,d; %,d; %,d",
                num(v, run + ".good"),
                num(v, run + ".sent"),
                num(v, run + "_db.submitted"),
                num(v, run + "_db.attempts")
                        - num(v, run + ".prepared")
                        + Math.max(0, num(v, run + "_db.highest_attempt_number") - 1),
                num(v, run + "_db.submitted_without_score"));
    }

    private void row(
            StringBuilder out, String measure, String today, String target, Function<Properties, String> cell) {
        out.append("| ")
                .append(measure)
                .append(" | ")
                .append(today)
                .append(" | ")
                .append(target)
                .append(" |");
        columns.values().forEach(v -> out.append(' ').append(cell.apply(v)).append(" |"));
        out.append('\n');
    }

    private static String rps(Properties v, String run) {
        return v.getProperty(run + ".rps") == null ? "–" : String.format(Locale.ROOT, "%,.0f/s", dbl(v, run + ".rps"));
    }

    private static String ms(Properties v, String key) {
        double ms = dbl(v, key);
        return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
    }

    private static String kb(Properties v, String key) {
        return String.format(Locale.ROOT, "%.1f KB", dbl(v, key) / 1024);
    }

    private static String sec(Properties v, String key) {
        return String.format(Locale.ROOT, "%.1f s", dbl(v, key) / 1000);
    }

    private static String ratio(Properties v, String page, String rung) {
        double share = 100 * dbl(v, page + ".rps") / dbl(v, rung + ".rps");
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, share < 10 ? "%.1f%%" : "%.0f%%", share);
    }

    /**
     * A figure summed over the runs whose names start so: {@code .bad} (a wrong status or page; for the deadline, no
     * graded answer within its minute) or {@code .socket_errors} (wrk's timeouts, after 10 s, and socket errors).
     */
    private static long count(Properties v, String prefix, String figure) {
        long bad = 0;
        for (var key : v.stringPropertyNames()) {
            if (key.startsWith(prefix) && key.endsWith(figure)) {
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
