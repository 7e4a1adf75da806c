package org.attune.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.attune.account.Base32;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.attune.content.QuizSettings;
import org.attune.testing.Authenticators;
import org.attune.testing.Clinicians;
import org.attune.testing.Courses;
import org.attune.testing.PageClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A node of the two-node cluster dies (kill -9) under a learner halfway through a post-test and under another
 * learner whose certificate is being issued; both carry on through the balancer on the other node without signing
 * in again. The attempt is graded once with every answer, and exactly one certificate exists. Runs only against a
 * running cluster: src/test/cluster/failover-test.sh starts one, runs this, and stops it.
 */
@EnabledIfSystemProperty(named = "attune.cluster.url", matches = "https?://.+")
class ClusterFailoverIT {

    private static final int QUESTIONS = 6;

    private final URL balancer = url(System.getProperty("attune.cluster.url"));
    private final Path cluster = Path.of(System.getProperty("attune.cluster.dir", "target/cluster"));

    @Test
    void learnersCarryOnThroughANodeDyingAndNothingIsLostOrDoneTwice() throws Exception {
        var admin = new PageClient(balancer);
        var adminEmail = System.getProperty("attune.cluster.admin.email");
        // The cluster's admin has two-step sign-in from ATTUNE_ADMIN_TOTP_SECRET; the test types its codes.
        Authenticators.remember(adminEmail, Base32.decode(System.getProperty("attune.cluster.admin.totp")));
        Clinicians.signIn(admin, adminEmail, System.getProperty("attune.cluster.admin.password"));
        assertThat(admin.page("author").location()).as("signed in with a code").endsWith("/author");
        var course = course(admin);
        var module = module(admin, course);

        var quizTaker = new PageClient(balancer);
        long quizTakerId = learner(quizTaker, "Quinn Quiz");
        completeLessons(quizTaker, module);
        quizTaker.clickAjax(quizTaker.page("quiz/" + module), "quiz", "start");
        var quiz = quizTaker.page("quiz/" + module);
        var chosen = new ArrayList<String>();
        var questions = quiz.select("fieldset.question");
        assertThat(questions).hasSize(QUESTIONS);
        for (int i = 0; i < QUESTIONS / 2; i++) {
            chosen.add(answer(quizTaker, quiz, i, i % 2 == 0));
        }
        var doomed = quizTaker.cookie("ATTUNE_NODE").orElseThrow();

        var certified = new PageClient(balancer);
        certified.setCookie("ATTUNE_NODE", doomed);
        long certifiedId = learner(certified, "Cleo Certified");
        completeLessons(certified, module);
        certified.clickAjax(certified.page("quiz/" + module), "quiz", "start");
        var ownQuiz = certified.page("quiz/" + module);
        for (int i = 0; i < QUESTIONS; i++) {
            answer(certified, ownQuiz, i, true);
        }
        certified.clickAjax(ownQuiz, "quiz", "submit");
        assertThat(certified.cookie("ATTUNE_NODE")).contains(doomed);
        var evaluation = certified.page("evaluation/" + course);

        // The certificate is being issued (evaluation submitted, the last step) as the node is killed.
        var issuing = CompletableFuture.supplyAsync(() -> submitEvaluation(certified, evaluation));
        kill(doomed);
        long killedAt = System.nanoTime();

        chosen.add(answer(quizTaker, quiz, QUESTIONS / 2, true));
        long failoverMillis = (System.nanoTime() - killedAt) / 1_000_000;
        for (int i = QUESTIONS / 2 + 1; i < QUESTIONS; i++) {
            chosen.add(answer(quizTaker, quiz, i, i % 2 == 0));
        }
        assertThat(quizTaker.cookie("ATTUNE_NODE"))
                .as("now served by the other node")
                .isNotEqualTo(doomed);
        var result = quizTaker.clickAjax(quiz, "quiz", "submit");
        var again = quizTaker.clickAjax(quiz, "quiz", "submit");

        assertThat(result).as("still signed in, on the other node").contains("Your answers");
        for (var text : chosen) {
            assertThat(result).contains("Your answer:</span> " + text);
        }
        assertThat(again).contains("Attempt 1.");
        try (var db = database()) {
            var attempts =
                    db.prepareStatement("select count(*), max(a.score_percent), count(q.answer) from quiz_attempt a"
                            + " join attempt_question q on q.attempt_id = a.id where a.account_id = ?");
            attempts.setLong(1, quizTakerId);
            var row = attempts.executeQuery();
            row.next();
            assertThat(row.getLong(3))
                    .as("every answer kept, before and after the kill")
                    .isEqualTo(QUESTIONS);
            assertThat(row.getInt(2)).as("graded: 4 of 6 right").isEqualTo(66);
            var graded = db.prepareStatement(
                    "select count(*) from quiz_attempt where account_id = ? and submitted_at is not null");
            graded.setLong(1, quizTakerId);
            var count = graded.executeQuery();
            count.next();
            assertThat(count.getLong(1)).as("one attempt, graded once").isEqualTo(1);
        }

        boolean issuedBeforeTheKill = issuing.get();
        var certificates = certified.page("certificates");
        if (certificates.select(".certificate").isEmpty()) {
            // The evaluation never reached the database: the learner submits it again, on the surviving node.
            submitEvaluation(certified, certified.page("evaluation/" + course));
            certificates = certified.page("certificates");
        }
        try (var db = database()) {
            var held = db.prepareStatement("select code from certificate where account_id = ? and course_slug = ?");
            held.setLong(1, certifiedId);
            held.setString(2, course);
            var codes = new ArrayList<String>();
            var rows = held.executeQuery();
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
            assertThat(codes).as("neither lost nor duplicated").hasSize(1);
            assertThat(new PageClient(balancer).page("verify/" + codes.get(0)).text())
                    .contains("Valid certificate");
        }
        System.out.printf(
                "Failover: %d ms from kill -9 of %s to the next successful request (the certificate's request %s the"
                        + " kill).%n",
                failoverMillis, doomed, issuedBeforeTheKill ? "completed before" : "was cut off by");
        Files.writeString(cluster.resolve("failover-ms.txt"), Long.toString(failoverMillis));
    }

    // --- the course, set up through the balancer as an admin would ----------------------------------------------

    private String course(PageClient admin) throws IOException {
        return Courses.create(admin, "Failover");
    }

    private String module(PageClient admin, String course) throws Exception {
        var slug = "failover-" + UUID.randomUUID().toString().substring(0, 8);
        var questions = new ArrayList<QuestionDefinition>();
        for (int i = 1; i <= QUESTIONS; i++) {
            questions.add(new QuestionDefinition(
                    "q" + i,
                    QuestionType.SINGLE,
                    "lesson-one",
                    "Question " + i + "?",
                    "Because.",
                    List.of(
                            new QuestionDefinition.Choice("Right answer " + i, true),
                            new QuestionDefinition.Choice("Wrong answer " + i, false)),
                    false,
                    null,
                    null,
                    null));
        }
        Courses.publish(
                admin,
                balancer,
                course,
                Courses.module(
                        slug,
                        1,
                        new QuizSettings(50, null, 0, 30, false, null, false, QuizSettings.Feedback.FULL),
                        questions));
        return slug;
    }

    // --- learners ---------------------------------------------------------------------------------------------------

    private long learner(PageClient browser, String name) throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUpUnconfirmed(browser, name, email);
        // The cluster has no SMTP server: each message is written to the log of the node that sent it, link and all.
        var link = confirmationLinkInTheLogs(email);
        browser.page(link.substring(link.indexOf("confirm-email?token=")));
        try (var db = database()) {
            var select = db.prepareStatement("select id from account where email = ?");
            select.setString(1, email);
            var row = select.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    private static String confirmationLinkInTheLogs(String email) throws Exception {
        var cluster = Path.of(System.getProperty("attune.cluster.dir"));
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (var logs = Files.find(cluster, 3, (path, attributes) -> path.endsWith("log/server.log"))) {
                for (var log : logs.toList()) {
                    var text = Files.readString(log, StandardCharsets.UTF_8);
                    int to = text.indexOf("To: " + email);
                    if (to >= 0 && text.indexOf("confirm-email?token=", to) > 0) {
                        var start = text.lastIndexOf('\n', text.indexOf("confirm-email?token=", to)) + 1;
                        var end = text.indexOf('\n', start);
                        return text.substring(start, end).strip();
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No confirmation link for " + email + " in the nodes' logs under " + cluster);
    }

    private static void completeLessons(PageClient browser, String module) throws IOException {
        browser.submit(browser.page("learn/" + module + "/lesson-one"), "lesson", Map.of(), "markComplete");
    }

    /** Picks the right or wrong choice of question i on the quiz page; returns the chosen text. */
    private static String answer(PageClient browser, Document quiz, int i, boolean right) throws IOException {
        var question = quiz.select("fieldset.question").get(i);
        var number = question.selectFirst(".prompt").text().replaceAll("\\D", "");
        var text = (right ? "Right answer " : "Wrong answer ") + number;
        var label = question.select("label").stream()
                .filter(l -> l.text().equals(text))
                .findFirst()
                .orElseThrow();
        var radio = question.getElementById(label.attr("for"));
        var response = browser.change(quiz, "quiz", radio.attr("name"), radio.val());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .as("the answer is saved (the page counts it), not an error or expired page")
                .containsPattern("[1-9] of " + QUESTIONS + " questions answered");
        return text;
    }

    private static boolean submitEvaluation(PageClient browser, Document evaluation) {
        var fields = new LinkedHashMap<String, String>();
        for (var radio : evaluation.select("input[type=radio]")) {
            fields.put(radio.attr("name").substring("evaluation:".length()), "5");
        }
        for (var text : evaluation.select("textarea")) {
            fields.put(text.attr("name").substring("evaluation:".length()), "Keep going when a server fails.");
        }
        try {
            return browser.submit(evaluation, "evaluation", fields, "submit")
                    .text()
                    .contains("Thank you");
        } catch (IOException cutOff) {
            return false;
        }
    }

    // --- the cluster ------------------------------------------------------------------------------------------------

    private void kill(String node) throws Exception {
        var group = Files.readString(cluster.resolve(node + ".pid")).strip();
        var kill = new ProcessBuilder("kill", "-KILL", "--", "-" + group)
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -9 of " + node).isZero();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("attune.cluster.db.url"),
                System.getProperty("attune.cluster.db.user"),
                System.getProperty("attune.cluster.db.password"));
    }

    private static URL url(String text) {
        try {
            return text == null ? null : URI.create(text).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
