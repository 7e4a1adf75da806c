package org.attune.audit;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.attune.certificate.CertificateService;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long the audit pack of a course of {@value #LEARNERS} certified learners takes to build, and what it does to
 * the server's heap. Not part of the suite (timings do not belong in tests); run it on its own with
 * {@code mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AuditPackBenchmark
 * -Dit.port.offset=900}. It makes one learner through the application (lessons, reading time, post-test, evaluation,
 * certificate with its trail) and copies their rows {@value #LEARNERS} times over JDBC, each copy its own account and
 * certificate code; then it asks for the pack, samples the heap while it builds, and writes the figures to
 * {@code target/audit-pack-benchmark.txt} of the test server's working directory and the server log.
 */
@ExtendWith(ArquillianExtension.class)
class AuditPackBenchmark {

    static final int LEARNERS = 10_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateService certificates;

    @Inject
    AuditPacks packs;

    @Inject
    org.attune.catalog.CatalogService catalog;

    @Inject
    org.attune.progress.ProgressService progress;

    @Resource(lookup = "java:jboss/datasources/AttuneDS")
    DataSource db;

    @Test
    void buildsThePackOfTenThousandCertifiedLearners() throws Exception {
        var course = fixtures.course("auto");
        long template = fixtures.completedLearner(course, "Bea Bench");
        var code = certificates
                .claim(template, course.slug(), "https://attune.example.org")
                .orElseThrow()
                .getCode();
        long seedStart = System.nanoTime();
        String perLearner;
        try (var connection = db.getConnection()) {
            perLearner = copy(connection, template, code);
        }
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong();
        var sampling = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampling.start();
        long start = System.nanoTime();
        var today = LocalDate.now(ZoneOffset.UTC);
        var pack = packs.request(new AuditRange(course.slug(), today.minusDays(1), today), "bench@example.org");
        while (packs.find(pack.getId()).orElseThrow().getState() != AuditPack.State.READY) {
            if (packs.find(pack.getId()).orElseThrow().getState() == AuditPack.State.FAILED) {
                throw new AssertionError(packs.find(pack.getId()).orElseThrow().getError());
            }
            Thread.sleep(50);
        }
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        sampling.interrupt();
        sampling.join();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        var ready = packs.find(pack.getId()).orElseThrow();
        var report = String.format(
                "Audit pack of %,d certified learners (each with %s): built in %,d ms, %,d bytes; server heap"
                        + " used after GC %,d MB before and %,d MB after; highest used while building (sampled every"
                        + " 20 ms, garbage included) %,d MB of %,d MB max; seeding the copies took %,d ms.%n",
                LEARNERS + 1,
                perLearner,
                buildMillis,
                ready.getSizeBytes(),
                before >> 20,
                after >> 20,
                peak.get() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20,
                seedMillis);
        System.out.print(report);
        Files.writeString(Path.of("target", "audit-pack-benchmark.txt"), report);
    }

    /** Copies the template learner's rows, one copy per bench learner, in batches. */
    private static String copy(Connection db, long template, String code) throws SQLException {
        db.setAutoCommit(false);
        var account = one(db, "SELECT * FROM account WHERE id = ?", template);
        var certificate = one(db, "SELECT * FROM certificate WHERE code = ?", code);
        var events = all(db, "SELECT * FROM certificate_event WHERE certificate = ?", code);
        var attempts = all(db, "SELECT * FROM quiz_attempt WHERE account_id = ?", template);
        var times = all(db, "SELECT * FROM lesson_time WHERE account_id = ?", template);
        var evaluations = all(db, "SELECT * FROM course_evaluation WHERE account_id = ?", template);
        for (int from = 0; from < LEARNERS; from += 500) {
            for (int i = from; i < Math.min(LEARNERS, from + 500); i++) {
                account.put("email", "bench-" + i + "-" + template + "@bench.attune.test");
                account.put("full_name", "Bench Learner " + i);
                long id = insert(db, "account", account);
                var copyCode = String.format("B%03d-%04d-%04d-%04d", template % 1000, i / 10_000, i % 10_000, 0);
                certificate.put("account_id", id);
                certificate.put("code", copyCode);
                certificate.put("learner_name", "Bench Learner " + i);
                insert(db, "certificate", certificate);
                for (var e : events) {
                    e.put("certificate", copyCode);
                    insert(db, "certificate_event", e);
                }
                for (var rows : List.of(attempts, times, evaluations)) {
                    for (var r : rows) {
                        r.put("account_id", id);
                    }
                }
                for (var a : attempts) {
                    insert(db, "quiz_attempt", a);
                }
                for (var t : times) {
                    insert(db, "lesson_time", t);
                }
                for (var e : evaluations) {
                    insert(db, "course_evaluation", e);
                }
            }
            db.commit();
        }
        return "1 certificate, " + events.size() + " certificate events, " + attempts.size() + " post-test attempts, "
                + evaluations.size() + " evaluation, reading time on " + times.size() + " lessons";
    }

    private static Map<String, Object> one(Connection db, String sql, Object key) throws SQLException {
        return all(db, sql, key).get(0);
    }

    private static List<Map<String, Object>> all(Connection db, String sql, Object key) throws SQLException {
        try (var query = db.prepareStatement(sql)) {
            query.setObject(1, key);
            try (var rows = query.executeQuery()) {
                var found = new ArrayList<Map<String, Object>>();
                var meta = rows.getMetaData();
                while (rows.next()) {
                    var row = new LinkedHashMap<String, Object>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        var name = meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT);
                        if (!name.equals("id")) {
                            row.put(name, rows.getObject(c));
                        }
                    }
                    found.add(row);
                }
                return found;
            }
        }
    }

    private static long insert(Connection db, String table, Map<String, Object> row) throws SQLException {
        var columns = String.join(", ", row.keySet());
        var marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
        try (var insert = db.prepareStatement(
                "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", new String[] {"id"})) {
            int i = 1;
            for (var value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }
}
