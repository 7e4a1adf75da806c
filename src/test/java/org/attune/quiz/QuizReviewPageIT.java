package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.content.TestModules;
import org.attune.progress.ProgressService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review of a submitted attempt as its learner reads it ({@code /quiz/{module}/{attempt}}) under the feedback
 * the shipped post-tests use, {@code wrong-then-full}: the wrong answers marked and the lessons to reread, the
 * correct answers only once the learner has passed.
 */
@ExtendWith(ArquillianExtension.class)
class QuizReviewPageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    AttemptService quizzes;

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    AccountService accounts;

    @Test
    void aFailedAttemptsReviewMarksTheWrongAnswersAndPointsToTheLessonsWithoutTheAnswers() throws Exception {
        var slug = module("attemptsAllowed: 3");
        var learner = new Learner(slug);
        var failed = quizzes.submit(
                learner.id, quizzes.startOrResume(learner.id, slug).attemptId());

        var review = learner.browser.page("quiz/" + slug + "/" + failed.attemptId());

        assertThat(review.select(".result h2").text()).isEqualTo("Not passed yet: 0%");
        assertThat(review.select(".result").text()).contains("You have 2 attempts left.");
        assertThat(review.select("ol.review > li.wrong")).hasSize(4);
        assertThat(review.select("ol.review .verdict").eachText()).containsOnly("Not correct");
        assertThat(review.select("ol.review a").eachText())
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link).startsWith("Review the lesson: Lesson "));
        assertNoKey(review);
        assertThat(review.select(".hint").text())
                .contains("The correct answers and their explanations are shown here once you pass.");
    }

    @Test
    void onceTheLearnerHasPassedEveryAttemptsReviewShowsTheAnswers() throws Exception {
        var slug = module("attemptsAllowed: 3");
        var learner = new Learner(slug);
        var failed = quizzes.submit(
                learner.id, quizzes.startOrResume(learner.id, slug).attemptId());
        var second = quizzes.startOrResume(learner.id, slug);
        TestQuizzes.answerAllCorrectly(quizzes, learner.id, second);
        quizzes.submit(learner.id, second.attemptId());

        for (long attempt : new long[] {failed.attemptId(), second.attemptId()}) {
            var review = learner.browser.page("quiz/" + slug + "/" + attempt);

            assertThat(review.select("ol.review .label").eachText()).contains("Correct answer:");
            // Four of the five questions are drawn for each attempt: every one reviewed shows its explanation.
            assertThat(review.select("ol.review > li")).hasSize(4);
            assertThat(review.select("ol.review > li .rationale").eachText())
                    .hasSize(4)
                    .allSatisfy(rationale -> assertThat(TestModules.quizYaml()).contains(rationale));
            assertThat(review.select(".hint").text()).doesNotContain("once you pass");
        }
    }

    @Test
    void whenTheAttemptsAreUsedUpTheReviewSaysWhoCanGrantAnother() throws Exception {
        var slug = module("attemptsAllowed: 1");
        var learner = new Learner(slug);
        var failed = quizzes.submit(
                learner.id, quizzes.startOrResume(learner.id, slug).attemptId());

        var review = learner.browser.page("quiz/" + slug + "/" + failed.attemptId());

        assertThat(review.select(".result .notice").text())
                .isEqualTo("You have used all 1 attempts at this post-test. Ask your instructor for another:"
                        + " they can grant one, and you can start it at once.");
        assertThat(review.select(".result p").first().text()).endsWith("Review the lessons below.");
        assertThat(review.select(".result a").eachText()).doesNotContain("Try again");
        assertNoKey(review);
    }

    private static void assertNoKey(Document review) {
        assertThat(review.select("ol.review .label").eachText()).doesNotContain("Correct answer:");
        assertThat(review.select("ol.review .rationale")).isEmpty();
        assertThat(review.html())
                .doesNotContain("Joining comes first.")
                .doesNotContain("Repair is part of attunement.");
    }

    /** A module with the test quiz under wrong-then-full feedback and no wait between attempts. */
    private String module(String attempts) throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = "review-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(
                TestModules.write(root, slug, 2).resolve("quiz.yaml"),
                TestModules.quizYaml()
                        .replace("feedback: wrong", "feedback: wrong-then-full")
                        .replace("waitMinutes: 10", "waitMinutes: 0")
                        .replace("attemptsAllowed: 3", attempts));
        importer.importFrom(root);
        return slug;
    }

    /** A clinician signed in with a browser of their own, every lesson of the module complete. */
    private final class Learner {
        final PageClient browser = new PageClient(app);
        final long id;

        Learner(String slug) throws Exception {
            var email = Clinicians.newEmail();
            Clinicians.signUp(browser, "Rey Reviewer", email);
            id = accounts.findByEmail(email).orElseThrow().getId();
            fixtures.completeLessons(id, slug);
        }
    }
}
