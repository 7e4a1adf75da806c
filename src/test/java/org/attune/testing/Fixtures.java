package org.attune.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.account.SignUpRequest;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.catalog.EvaluationService;
import org.attune.content.TestModules;
import org.attune.progress.ProgressService;
import org.attune.quiz.AttemptService;
import org.attune.quiz.TestQuizzes;

/**
 * What in-container tests build, through the application's own services, as a learner or the start-up import would:
 * a course of its own, learners, and each step of the road to a certificate. Inject it ({@code @Inject Fixtures
 * fixtures}); every course and learner is new, so that no test depends on another's data. Tests that need more (a
 * verified account, a second factor) add it here rather than beside themselves.
 */
@ApplicationScoped
public class Fixtures {

    /** A course made from a folder of its own: its slug, and the slug of its one module ({@code slug + "-m"}). */
    public record TestCourse(Path root, String slug, String module) {}

    @Inject
    ContentImporter importer;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    AttemptService attempts;

    @Inject
    EvaluationService evaluations;

    /** A course ("auto" or "approval") of one module with two lessons and the post-test of {@link TestModules}. */
    public TestCourse course(String issue) throws Exception {
        return course("course", issue, false, 2, TestModules.quizYaml());
    }

    /** As {@link #course(String)}, requiring each lesson's reading time before the certificate or not. */
    public TestCourse course(String issue, boolean requireReadingTime) throws Exception {
        return course("course", issue, requireReadingTime, 2, TestModules.quizYaml());
    }

    /**
     * A course whose slug starts with {@code prefix}, of one module with the given number of lessons and
     * {@code quizYaml} as its post-test (none when null), imported as the start-up import does.
     */
    public TestCourse course(String prefix, String issue, boolean requireReadingTime, int lessons, String quizYaml)
            throws Exception {
        var root = Files.createTempDirectory("course");
        var slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var module = slug + "-m";
        Files.writeString(
                root.resolve("course.yaml"),
                TestModules.courseYaml(slug, issue)
                        .replace("requireReadingTime: false", "requireReadingTime: " + requireReadingTime));
        var folder = TestModules.write(root, module, lessons);
        if (quizYaml != null) {
            Files.writeString(folder.resolve("quiz.yaml"), quizYaml);
        }
        importer.importFrom(root);
        return new TestCourse(root, slug, module);
    }

    /**
     * A new clinician (with a profession and a licence), signed up as the sign-up page does and with their address
     * confirmed, as following the mailed link does; their account id.
     */
    public long learner(String name) throws Exception {
        long id = unconfirmedLearner(name);
        accounts.markEmailVerified(id);
        return id;
    }

    /** A new clinician who has not followed the link mailed to them yet; their account id. */
    public long unconfirmedLearner(String name) throws Exception {
        return accounts.signUp(new SignUpRequest(
                        name,
                        UUID.randomUUID() + "@example.org",
                        Clinicians.PASSWORD.toCharArray(),
                        "Counsellor",
                        "LPC 7781"))
                .getId();
    }

    /** A new admin (made through the service, as the first admin is); their account id. */
    public long admin(String name) {
        var email = Clinicians.newEmail();
        accounts.ensureAdmin(email, name, Clinicians.PASSWORD.toCharArray());
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    /** The account's email, where its mail goes. */
    public String emailOf(long account) {
        return accounts.find(account).orElseThrow().getEmail();
    }

    /** Marks every published lesson of the module complete for the learner. */
    public void completeLessons(long learner, String module) {
        catalog.module(module).orElseThrow().lessonIds().forEach(id -> progress.markComplete(learner, id));
    }

    /** Starts the module's post-test, answers every question right and submits: a pass. */
    public void passPostTest(long learner, String module) throws Exception {
        var attempt = attempts.startOrResume(learner, module);
        TestQuizzes.answerAllCorrectly(attempts, learner, attempt);
        assertThat(attempts.submit(learner, attempt.attemptId()).passed()).isTrue();
    }

    /** Submits the course's evaluation as the test course's form asks for it. */
    public void evaluate(long learner, String course) throws Exception {
        evaluations.submit(learner, course, Map.of("objectives", "5", "change", "Slow down."));
    }

    /** A learner who has done everything the course asks: lessons, post-test and evaluation. */
    public long completedLearner(TestCourse course, String name) throws Exception {
        long learner = learner(name);
        completeLessons(learner, course.module());
        passPostTest(learner, course.module());
        evaluate(learner, course.slug());
        return learner;
    }
}
