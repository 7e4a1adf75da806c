package org.attune.bench;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attune.content.QuestionDefinition;
import org.attune.quiz.SeededAttempts;

/**
 * Fills a database that Attune has already created (its migrations run and its curriculum imported) with the
 * benchmark's learners, straight through JDBC, in the application's own formats:
 *
 * <ul>
 *   <li>{@value #LEARNERS} clinicians, {@code learner-00000@bench.attune.test} and on, password {@value #PASSWORD};
 *   <li>1,000,000 lesson completions, each with its reading time: learners 0 to 29,999 finished every lesson,
 *       the rest are halfway (12 or 13 lessons);
 *   <li>100,000 submitted post-test attempts (learners 0 to 19,999, one per module, each with its drawn
 *       questions, answers and points, graded as the application grades) and the module completions they earn;
 *   <li>{@value #OPEN_LEARNERS} learners (from 20,000) with an open attempt on every module, every question
 *       answered and saved, for the submission benchmark to submit.
 * </ul>
 *
 * <p>It seeds learner by learner, each with everything above that is theirs, up to a number of lesson completions,
 * and carries on where it stopped when run again with a larger number: 10,000 completions are learners 0 to 399,
 * 100,000 learners 0 to 3,999, 1,000,000 all of them. So the benchmark measures the same signed-in learners (0 to
 * 199, who finished every lesson) at each size while the tables grow around them.
 *
 * <p>The seeded passwords are hashed by Jakarta Security's Pbkdf2PasswordHash as the application hashes them, but
 * with {@value #BENCH_ITERATIONS} iterations instead of 600,000 (the stored form names its iterations):
 * the benchmark signs thousands of learners in, and it measures pages, not password hashing.
 *
 * <p>Run by {@code src/bench/benchmark.sh}: {@code Seed <jdbc-url> <user> <password> <lesson completions>}, and
 * {@code Seed count <jdbc-url> <user> <password> <first learner> <learners> <name>} after the submission runs.
 */
public final class Seed {

    static final int LEARNERS = 50_000;
    static final int FULL_LEARNERS = 30_000;
    static final int ATTEMPT_LEARNERS = 20_000;
    static final int OPEN_LEARNERS = 900;
    static final int COMPLETIONS = 1_000_000;
    static final String PASSWORD = "benchmark learner password";
    static final int BENCH_ITERATIONS = 1_024; // the fewest Pbkdf2PasswordHash accepts
    private static final int BATCH = 5_000;

    private final Connection db;
    private final Random random = new Random(20261123);
    private final Instant now = Instant.now();
    private long rows;

    private Seed(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "first-open" -> System.out.println(ATTEMPT_LEARNERS);
            case "open-count" -> System.out.println(OPEN_LEARNERS);
            case "count" -> {
                try (var db = DriverManager.getConnection(args[1], args[2], args[3])) {
                    count(db, Integer.parseInt(args[4]), Integer.parseInt(args[5]), args[6]);
                }
            }
            default -> seed(args);
        }
    }

    /**
     * After a submission run: its learners' attempts, by status. Each was open once; a submitted one was graded once
     * (a second grading would fail on the status, a second attempt would show in the total).
     */
    private static void count(Connection db, int first, int learners, String name) throws SQLException {
        try (var query = db.prepareStatement("SELECT a.status, COUNT(*), MAX(a.attempt_number),"
                + " SUM(CASE WHEN a.status = 'SUBMITTED' AND a.score_percent IS NULL THEN 1 ELSE 0 END)"
                + " FROM quiz_attempt a JOIN account p ON p.id = a.account_id"
                + " WHERE p.email >= ? AND p.email <= ? GROUP BY a.status")) {
            query.setString(1, email(first));
            query.setString(2, email(first + learners - 1));
            long submitted = 0, open = 0, ungraded = 0;
            int highest = 0;
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("SUBMITTED")) {
                        submitted = rs.getLong(2);
                    } else {
                        open = rs.getLong(2);
                    }
                    highest = Math.max(highest, rs.getInt(3));
                    ungraded += rs.getLong(4);
                }
            }
            System.out.println(name + "_db.submitted=" + submitted);
            System.out.println(name + "_db.still_open=" + open);
            System.out.println(name + "_db.attempts=" + (submitted + open));
            System.out.println(name + "_db.highest_attempt_number=" + highest);
            System.out.println(name + "_db.submitted_without_score=" + ungraded);
        }
    }

    private static void seed(String[] args) throws Exception {
        var started = System.nanoTime();
        try (var db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            new Seed(db).run(Math.min(Integer.parseInt(args[3]), COMPLETIONS));
        }
        System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    static String email(int learner) {
        return String.format("learner-%05d@bench.attune.test", learner);
    }

    private void run(int completions) throws Exception {
        var lessons = lessons();
        var quizzes = quizzes();
        System.out.printf("curriculum: %d lessons, %d post-tests%n", lessons.size(), quizzes.size());
        var ids = seeded() ? ids() : accounts();
        int from = learnersWithProgress();
        int to = learnersFor(completions, lessons.size());
        if (to <= from) {
            System.out.printf("already seeded: %,d learners with their progress%n", from);
            return;
        }
        System.out.printf("learners %,d to %,d%n", from, to - 1);
        progress(ids, lessons, from, to);
        attempts(ids, lessons, quizzes, from, to);
        System.out.printf("%,d rows%n", rows);
    }

    private boolean seeded() throws SQLException {
        try (var check = db.prepareStatement("SELECT COUNT(*) FROM account WHERE email = ?")) {
            check.setString(1, email(0));
            try (var rs = check.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** How many learners (from 0, in order) a previous run seeded the progress of. */
    private int learnersWithProgress() throws SQLException {
        try (var query = db.prepareStatement("SELECT COUNT(DISTINCT c.account_id) FROM lesson_completion c"
                        + " JOIN account a ON a.id = c.account_id WHERE a.email LIKE 'learner-%@bench.attune.test'");
                var rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The fewest learners, from 0, whose lessons completed add up to at least this many. */
    static int learnersFor(int completions, int lessons) {
        long sum = 0;
        int learner = 0;
        while (learner < LEARNERS && sum < completions) {
            sum += done(learner++, lessons);
        }
        return learner;
    }

    private record Lesson(long id, long moduleId, int minutes) {}

    private record Quiz(
            long id,
            long moduleId,
            int moduleRevision,
            int passingScore,
            Integer drawCount,
            boolean shuffle,
            Integer timeLimit,
            List<QuestionDefinition> pool) {}

    /** The published lessons in curriculum order: modules by their order, lessons by theirs. */
    private List<Lesson> lessons() throws SQLException {
        var lessons = new ArrayList<Lesson>();
        try (var query = db.prepareStatement("SELECT l.id, l.module_id, l.minutes FROM lesson l"
                        + " JOIN course_module m ON m.id = l.module_id"
                        + " WHERE m.published = TRUE AND l.retired = FALSE ORDER BY m.sort_order, l.sort_order");
                var rs = query.executeQuery()) {
            while (rs.next()) {
                lessons.add(new Lesson(rs.getLong(1), rs.getLong(2), rs.getInt(3)));
            }
        }
        if (lessons.size() < 20) {
            throw new IllegalStateException("The curriculum is not imported: start Attune once first");
        }
        return lessons;
    }

    private List<Quiz> quizzes() throws SQLException {
        var quizzes = new ArrayList<Quiz>();
        try (var query = db.prepareStatement(
                        "SELECT q.id, q.module_id, m.revision, q.passing_score, q.draw_count, q.shuffle,"
                                + " q.time_limit_minutes FROM quiz q JOIN course_module m ON m.id = q.module_id"
                                + " WHERE m.published = TRUE ORDER BY m.sort_order");
                var rs = query.executeQuery()) {
            while (rs.next()) {
                quizzes.add(new Quiz(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        (Integer) rs.getObject(5),
                        rs.getBoolean(6),
                        (Integer) rs.getObject(7),
                        new ArrayList<>()));
            }
        }
        for (var quiz : quizzes) {
            try (var query = db.prepareStatement("SELECT definition FROM quiz_question"
                    + " WHERE quiz_id = ? AND retired = FALSE ORDER BY sort_order")) {
                query.setLong(1, quiz.id());
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        quiz.pool().add(SeededAttempts.definition(rs.getString(1)));
                    }
                }
            }
        }
        return quizzes;
    }

    private long[] accounts() throws Exception {
        var hash = hash(PASSWORD);
        String[] first = {"Maya", "Jonah", "Priya", "Tomas", "Aisha", "Leah", "Owen", "Ines", "Kwame", "Sofia"};
        String[] last = {"Lindqvist", "Okafor", "Reyes", "Byrne", "Haddad", "Novak", "Tanaka", "Moreau", "Kaur"};
        String[] professions = {
            "Licensed professional counselor", "Clinical social worker", "Psychologist", "Marriage and family therapist"
        };
        // Seeded learners count as having confirmed their addresses, as every account from before verification does.
        try (var insert = db.prepareStatement("INSERT INTO account (email, full_name, password_hash, profession,"
                + " active, created_at, email_verified_at) VALUES (?, ?, ?, ?, TRUE, ?, ?)")) {
            for (int i = 0; i < LEARNERS; i++) {
                insert.setString(1, email(i));
                insert.setString(2, first[i % first.length] + " " + last[(i / first.length) % last.length]);
                insert.setString(3, hash);
                insert.setString(4, professions[i % professions.length]);
                insert.setTimestamp(5, at(Duration.ofDays(400 - i % 365)));
                insert.setTimestamp(6, at(Duration.ofDays(400 - i % 365)));
                add(insert);
            }
            flush(insert);
        }
        var ids = ids();
        try (var insert =
                db.prepareStatement("INSERT INTO account_role (account_id, role_name) VALUES (?, 'clinician')")) {
            for (long id : ids) {
                insert.setLong(1, id);
                add(insert);
            }
            flush(insert);
        }
        System.out.printf("%,d learners%n", LEARNERS);
        return ids;
    }

    private long[] ids() throws SQLException {
        var ids = new long[LEARNERS];
        try (var query = db.prepareStatement(
                        "SELECT id, email FROM account WHERE email LIKE 'learner-%@bench.attune.test'");
                var rs = query.executeQuery()) {
            while (rs.next()) {
                ids[Integer.parseInt(rs.getString(2).substring(8, 13))] = rs.getLong(1);
            }
        }
        return ids;
    }

    private void progress(long[] ids, List<Lesson> lessons, int from, int to) throws SQLException {
        long count = 0;
        try (var completion = db.prepareStatement(
                        "INSERT INTO lesson_completion (account_id, lesson_id, completed_at) VALUES (?, ?, ?)");
                var time = db.prepareStatement("INSERT INTO lesson_time (account_id, lesson_id, seconds, updated_at)"
                        + " VALUES (?, ?, ?, ?)")) {
            for (int i = from; i < to; i++) {
                int done = done(i, lessons.size());
                for (int l = 0; l < done; l++) {
                    var lesson = lessons.get(l);
                    var when = at(Duration.ofDays(60).minusHours(l * 3L + i % 48));
                    completion.setLong(1, ids[i]);
                    completion.setLong(2, lesson.id());
                    completion.setTimestamp(3, when);
                    completion.addBatch();
                    time.setLong(1, ids[i]);
                    time.setLong(2, lesson.id());
                    time.setInt(3, lesson.minutes() * 60 + random.nextInt(600));
                    time.setTimestamp(4, when);
                    add(time);
                    count++;
                    if (count % BATCH == 0) {
                        completion.executeBatch();
                    }
                }
            }
            completion.executeBatch();
            flush(time);
        }
        rows += count;
        System.out.printf("%,d lesson completions, each with its reading time%n", count);
    }

    /** How many lessons (in curriculum order) a learner has completed. */
    static int done(int learner, int lessons) {
        return learner < FULL_LEARNERS ? lessons : 12 + learner % 2;
    }

    private void attempts(long[] ids, List<Lesson> lessons, List<Quiz> quizzes, int first, int last)
            throws SQLException {
        long submitted = 0;
        long open = 0;
        long completions = 0;
        int chunk = 500;
        int end = Math.min(last, ATTEMPT_LEARNERS + OPEN_LEARNERS);
        for (int from = first; from < end; from += chunk) {
            int to = Math.min(from + chunk, end);
            var made = new HashMap<String, SeededAttempts.Attempt>();
            try (var insert = db.prepareStatement("INSERT INTO quiz_attempt (quiz_id, account_id, attempt_number,"
                    + " status, started_at, submitted_at, time_limit_minutes, passing_score, possible, earned,"
                    + " score_percent, passed, version) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (int i = from; i < to; i++) {
                    boolean history = i < ATTEMPT_LEARNERS;
                    for (var quiz : quizzes) {
                        var attempt = SeededAttempts.attempt(
                                quiz.pool(), quiz.drawCount(), quiz.shuffle(), quiz.passingScore(), random);
                        made.put(ids[i] + "/" + quiz.id(), attempt);
                        var started = history ? at(Duration.ofDays(30).minusMinutes(i % 1440)) : Timestamp.from(now);
                        insert.setLong(1, quiz.id());
                        insert.setLong(2, ids[i]);
                        insert.setString(3, history ? "SUBMITTED" : "OPEN");
                        insert.setTimestamp(4, started);
                        insert.setObject(6, quiz.timeLimit());
                        insert.setInt(7, quiz.passingScore());
                        insert.setInt(8, attempt.score().possible());
                        if (history) {
                            insert.setTimestamp(
                                    5, Timestamp.from(started.toInstant().plusSeconds(600)));
                            insert.setBigDecimal(9, attempt.score().earned());
                            insert.setInt(10, attempt.score().percent());
                            insert.setBoolean(11, attempt.score().passed());
                            submitted++;
                        } else {
                            insert.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
                            insert.setNull(9, Types.NUMERIC);
                            insert.setNull(10, Types.INTEGER);
                            insert.setNull(11, Types.BOOLEAN);
                            open++;
                        }
                        add(insert);
                    }
                }
                flush(insert);
            }
            var attemptIds = new HashMap<String, Long>();
            try (var query = db.prepareStatement(
                    "SELECT id, account_id, quiz_id FROM quiz_attempt WHERE account_id BETWEEN ? AND ?")) {
                query.setLong(1, ids[from]);
                query.setLong(2, ids[to - 1]);
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        attemptIds.put(rs.getLong(2) + "/" + rs.getLong(3), rs.getLong(1));
                    }
                }
            }
            try (var insert = db.prepareStatement("INSERT INTO attempt_question (attempt_id, seq, question_key,"
                            + " presented, answer, answered_at, points) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    var completion = db.prepareStatement("INSERT INTO module_completion (account_id, module_id,"
                            + " revision, completed_at) VALUES (?, ?, ?, ?)")) {
                for (int i = from; i < to; i++) {
                    boolean history = i < ATTEMPT_LEARNERS;
                    for (var quiz : quizzes) {
                        var attempt = made.get(ids[i] + "/" + quiz.id());
                        long attemptId = attemptIds.get(ids[i] + "/" + quiz.id());
                        int seq = 1;
                        for (var q : attempt.questions()) {
                            insert.setLong(1, attemptId);
                            insert.setInt(2, seq++);
                            insert.setString(3, q.key());
                            insert.setString(4, q.presented());
                            insert.setString(5, q.answer());
                            insert.setTimestamp(6, history ? at(Duration.ofDays(30)) : Timestamp.from(now));
                            if (history) {
                                insert.setBigDecimal(7, q.points());
                            } else {
                                insert.setNull(7, Types.NUMERIC);
                            }
                            add(insert);
                        }
                        if (history && attempt.score().passed() && done(i, lessons.size()) == lessons.size()) {
                            completion.setLong(1, ids[i]);
                            completion.setLong(2, quiz.moduleId());
                            completion.setInt(3, quiz.moduleRevision());
                            completion.setTimestamp(4, at(Duration.ofDays(30)));
                            add(completion);
                            completions++;
                        }
                    }
                }
                flush(insert);
                flush(completion);
            }
        }
        System.out.printf(
                "%,d submitted attempts, %,d module completions, %,d open attempts to submit%n",
                submitted, completions, open);
    }

    private void add(PreparedStatement statement) throws SQLException {
        statement.addBatch();
        if (++rows % BATCH == 0) {
            statement.executeBatch();
            db.commit();
        }
    }

    private void flush(PreparedStatement statement) throws SQLException {
        statement.executeBatch();
        db.commit();
    }

    private Timestamp at(Duration ago) {
        return Timestamp.from(now.minus(ago));
    }

    /**
     * The password hashed by the same Pbkdf2PasswordHash implementation WildFly gives the application (Soteria's,
     * on this class path from WildFly's modules), with fewer iterations.
     */
    static String hash(String password) throws Exception {
        var hash =
                (Pbkdf2PasswordHash) Class.forName("org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl")
                        .getDeclaredConstructor()
                        .newInstance();
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(BENCH_ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        return hash.generate(password.toCharArray());
    }
}
