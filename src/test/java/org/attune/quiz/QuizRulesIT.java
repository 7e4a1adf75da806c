package org.attune.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.attune.account.AccountService;
import org.attune.account.SignUpRequest;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.content.TestModules;
import org.attune.progress.ProgressService;
import org.attune.quiz.AttemptView.ShownQuestion;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The post-test rules, against the real server and database: each test has a module, quiz and learner of its own. */
@ExtendWith(ArquillianExtension.class)
class QuizRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AttemptService quizzes;

    @Inject
    AccommodationService accommodations;

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Test
    void thePostTestOpensOnlyOnceEveryLessonIsComplete() throws Exception {
        var slug = module(UnaryOperator.identity());
        long learner = learner();

        var refusal = assertThrows(QuizRefusal.class, () -> quizzes.startOrResume(learner, slug));
        assertEquals("Complete the remaining 2 lessons to unlock the post-test.", refusal.getMessage());

        fixtures.completeLessons(learner, slug);
        assertEquals(4, quizzes.startOrResume(learner, slug).questions().size());
    }

    @Test
    void aFailThenAPassCompletesTheModuleAndKeepsTheHistory() throws Exception {
        var slug = module(yaml -> yaml.replace("waitMinutes: 10", "waitMinutes: 0"));
        long learner = readyLearner(slug);

        var first = quizzes.startOrResume(learner, slug);
        var failed = quizzes.submit(learner, first.attemptId());
        assertFalse(failed.passed());
        assertEquals(0, failed.percent());
        assertEquals(4, failed.wrong().size(), "feedback 'wrong' lists the wrong answers");
        assertNull(failed.review().get(0).rationale(), "feedback 'wrong' does not give the answers away");

        var second = quizzes.startOrResume(learner, slug);
        answerAllCorrectly(learner, second);
        var passed = quizzes.submit(learner, second.attemptId());

        assertTrue(passed.passed());
        assertEquals(100, passed.percent());
        var overview = quizzes.overview(learner, slug).orElseThrow();
        assertTrue(overview.passed());
        assertEquals(
                List.of(1, 2),
                overview.history().stream().map(QuizOverview.Past::number).toList());
        assertTrue(progress.standing(learner).module(slug).orElseThrow().postTestPassed());
    }

    @Test
    void wrongThenFullFeedbackPointsToTheLessonsAndGivesTheAnswersOnlyOnceThePostTestIsPassed() throws Exception {
        var slug = module(yaml -> yaml.replace("feedback: wrong", "feedback: wrong-then-full")
                .replace("waitMinutes: 10", "waitMinutes: 0"));
        long learner = readyLearner(slug);

        var failed =
                quizzes.submit(learner, quizzes.startOrResume(learner, slug).attemptId());

        assertTrue(failed.keyAfterPassing());
        assertEquals(4, failed.wrong().size(), "the wrong answers are marked");
        for (var review : failed.review()) {
            assertNull(review.correctAnswer(), "no correct answer before passing");
            assertNull(review.rationale(), "no rationale before passing");
            assertTrue(List.of("lesson-one", "lesson-two").contains(review.lessonSlug()), "the lesson to reread");
        }

        var second = quizzes.startOrResume(learner, slug);
        answerAllCorrectly(learner, second);
        var passed = quizzes.submit(learner, second.attemptId());
        var failedAfterPassing = quizzes.result(learner, failed.attemptId());

        assertFalse(passed.keyAfterPassing());
        for (var result : List.of(passed, failedAfterPassing)) {
            assertFalse(result.keyAfterPassing());
            for (var review : result.review()) {
                assertTrue(review.correctAnswer() != null && review.rationale() != null, "the key, once passed");
            }
        }
    }

    @Test
    void answersAreKeptAcrossResumes() throws Exception {
        var slug = module(UnaryOperator.identity());
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);
        var question = attempt.questions().get(0);
        quizzes.saveAnswer(learner, attempt.attemptId(), question.seq(), correct(question));

        var resumed = quizzes.startOrResume(learner, slug);

        assertEquals(attempt.attemptId(), resumed.attemptId(), "the open attempt is resumed, not replaced");
        assertEquals(correct(question), resumed.questions().get(0).saved());
        assertEquals(1, resumed.answeredCount());
    }

    @Test
    void secondSubmissionOfTheSameAttemptIsGradedOnce() throws Exception {
        var slug = module(UnaryOperator.identity());
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);
        answerAllCorrectly(learner, attempt);

        var first = quizzes.submit(learner, attempt.attemptId());
        var again = quizzes.submit(learner, attempt.attemptId());

        assertEquals(first, again);
        assertEquals(1, quizzes.overview(learner, slug).orElseThrow().history().size());
        assertThrows(
                QuizRefusal.class,
                () -> quizzes.saveAnswer(learner, attempt.attemptId(), 1, Answer.NONE),
                "a submitted attempt takes no more answers");
    }

    @Test
    void concurrentSubmissionsOfOneAttemptGradeItOnce() throws Exception {
        var slug = module(UnaryOperator.identity());
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);
        answerAllCorrectly(learner, attempt);
        var ready = new CountDownLatch(1);
        var results = new ArrayList<Future<AttemptResult>>();
        for (int i = 0; i < 4; i++) {
            Callable<AttemptResult> submit = () -> {
                ready.await();
                return quizzes.submit(learner, attempt.attemptId());
            };
            results.add(executor.submit(submit));
        }

        ready.countDown();

        var first = results.get(0).get();
        for (var result : results) {
            assertEquals(first, result.get());
        }
        var submittedAt = (Instant) em.createQuery("select a.submittedAt from QuizAttempt a where a.id = :id")
                .setParameter("id", attempt.attemptId())
                .getSingleResult();
        assertEquals(first.submittedAt(), submittedAt, "graded exactly once");
        assertEquals(1, quizzes.overview(learner, slug).orElseThrow().history().size());
    }

    @Test
    void submitOnThePageShowsTheGradedResultAndWhereTheLearnerNowStands() throws Exception {
        var slug = module(UnaryOperator.identity());
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);
        answerAllCorrectly(learner, attempt);

        var finished = quizzes.finish(learner, attempt.attemptId());

        assertTrue(finished.result().passed());
        assertEquals(finished.result(), quizzes.result(learner, attempt.attemptId()));
        assertEquals(quizzes.overview(learner, slug).orElseThrow(), finished.overview());
        assertNull(finished.overview().openAttemptId());
        assertEquals("You have passed this post-test.", finished.overview().refusal());
        assertTrue(progress.standing(learner).module(slug).orElseThrow().postTestPassed());
    }

    @Test
    void pressesOfSubmitOnThePageAndSubmissionsAtOnceGradeTheAttemptOnceAndShowOneResult() throws Exception {
        var slug = module(UnaryOperator.identity());
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);
        answerAllCorrectly(learner, attempt);
        var ready = new CountDownLatch(1);
        var results = new ArrayList<Future<AttemptResult>>();
        for (int i = 0; i < 6; i++) {
            boolean onThePage = i % 2 == 0;
            Callable<AttemptResult> submit = () -> {
                ready.await();
                return onThePage
                        ? quizzes.finish(learner, attempt.attemptId()).result()
                        : quizzes.submit(learner, attempt.attemptId());
            };
            results.add(executor.submit(submit));
        }

        ready.countDown();

        var first = results.get(0).get();
        for (var result : results) {
            assertEquals(first, result.get());
        }
        var graded = em.createQuery("select a from QuizAttempt a where a.accountId = :learner", QuizAttempt.class)
                .setParameter("learner", learner)
                .getResultList();
        assertEquals(1, graded.size(), "no attempt beyond the one started");
        assertEquals(first.submittedAt(), graded.get(0).getSubmittedAt(), "graded exactly once");
        long passes = em.createQuery("select count(p) from PostTestPass p where p.accountId = :learner", Long.class)
                .setParameter("learner", learner)
                .getSingleResult();
        assertEquals(1, passes, "one pass on record");
    }

    @Test
    void answersAfterTheTimeLimitDoNotCountAndTheAttemptIsGradedWithWhatWasSaved() throws Exception {
        var slug = module(yaml -> yaml.replace("timeLimitMinutes: 20", "timeLimitMinutes: 1"));
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);
        var first = attempt.questions().get(0);
        quizzes.saveAnswer(learner, attempt.attemptId(), first.seq(), correct(first));

        startedAgo(attempt.attemptId(), Duration.ofSeconds(60 + 16));

        var second = attempt.questions().get(1);
        var refusal = assertThrows(
                QuizRefusal.class,
                () -> quizzes.saveAnswer(learner, attempt.attemptId(), second.seq(), correct(second)));
        assertTrue(refusal.getMessage().startsWith("Time is up"));
        var result = quizzes.result(learner, attempt.attemptId());
        assertEquals(25, result.percent(), "only the answer saved in time counts");
    }

    @Test
    void anAnswerWithinTheGraceAfterTheLimitStillCounts() throws Exception {
        var slug = module(yaml -> yaml.replace("timeLimitMinutes: 20", "timeLimitMinutes: 1"));
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);

        startedAgo(attempt.attemptId(), Duration.ofSeconds(60 + 5));
        var question = attempt.questions().get(0);
        quizzes.saveAnswer(learner, attempt.attemptId(), question.seq(), correct(question));

        assertEquals(25, quizzes.submit(learner, attempt.attemptId()).percent());
    }

    @Test
    void extraTimeGrantedDuringAnAttemptTakesEffectAtOnce() throws Exception {
        var slug = module(yaml -> yaml.replace("timeLimitMinutes: 20", "timeLimitMinutes: 1"));
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);
        startedAgo(attempt.attemptId(), Duration.ofSeconds(90));

        accommodations.grant("it-admin@attune.test", learner, slug, new BigDecimal("2.0"), 0);

        var question = attempt.questions().get(0);
        quizzes.saveAnswer(learner, attempt.attemptId(), question.seq(), correct(question));
        var view = quizzes.attempt(learner, attempt.attemptId());
        assertTrue(view.open());
        assertEquals(2, quizzes.overview(learner, slug).orElseThrow().timeLimitMinutes());
    }

    @Test
    void attemptsOverTheLimitAreRefusedUntilAnExtraAttemptIsGranted() throws Exception {
        var slug = module(yaml ->
                yaml.replace("attemptsAllowed: 3", "attemptsAllowed: 1").replace("waitMinutes: 10", "waitMinutes: 0"));
        long learner = readyLearner(slug);
        quizzes.submit(learner, quizzes.startOrResume(learner, slug).attemptId());

        var refusal = assertThrows(QuizRefusal.class, () -> quizzes.startOrResume(learner, slug));
        assertTrue(refusal.getMessage().startsWith("You have used all 1 attempts"), refusal.getMessage());

        accommodations.grant("it-admin@attune.test", learner, slug, BigDecimal.ONE, 1);
        assertEquals(2, quizzes.startOrResume(learner, slug).number());
    }

    @Test
    void anAttemptInsideTheWaitIsRefusedWithTheTimeToComeBack() throws Exception {
        var slug = module(UnaryOperator.identity());
        long learner = readyLearner(slug);
        quizzes.submit(learner, quizzes.startOrResume(learner, slug).attemptId());

        var refusal = assertThrows(QuizRefusal.class, () -> quizzes.startOrResume(learner, slug));

        assertTrue(refusal.getMessage().startsWith("You can start your next attempt at "), refusal.getMessage());
        assertTrue(refusal.getMessage().endsWith("10 minutes after your last one."));
    }

    @Test
    void aLearnerCannotSeeOrChangeAnotherLearnersAttempt() throws Exception {
        var slug = module(UnaryOperator.identity());
        long owner = readyLearner(slug);
        long other = readyLearner(slug);
        var attempt = quizzes.startOrResume(owner, slug);
        long id = attempt.attemptId();

        for (var call : List.<Callable<?>>of(
                () -> quizzes.attempt(other, id),
                () -> {
                    quizzes.saveAnswer(other, id, 1, Answer.NONE);
                    return null;
                },
                () -> quizzes.submit(other, id),
                () -> quizzes.result(other, id))) {
            var refusal = assertThrows(QuizRefusal.class, call::call);
            assertEquals("There is no such attempt.", refusal.getMessage());
        }
        assertTrue(quizzes.attempt(owner, id).open(), "the owner's attempt is untouched");
    }

    @Test
    void aQuestionEditedAfterAttemptsExistChangesNoPastScore() throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = "quiz-" + UUID.randomUUID().toString().substring(0, 8);
        var folder = TestModules.write(root, slug, 2);
        Files.writeString(folder.resolve("quiz.yaml"), TestModules.quizYaml());
        importer.importFrom(root);
        long learner = readyLearner(slug);
        var attempt = quizzes.startOrResume(learner, slug);
        answerAllCorrectly(learner, attempt);
        var before = quizzes.submit(learner, attempt.attemptId());

        Files.writeString(
                folder.resolve("quiz.yaml"),
                TestModules.quizYaml()
                        .replace(
                                "      - text: \"Join the state\"\n        correct: true\n",
                                "      - text: \"Join the state\"\n")
                        .replace("      - text: \"Name it\"\n", "      - text: \"Name it\"\n        correct: true\n")
                        .replace("answer: false", "answer: true"));
        importer.importFrom(root);

        assertEquals(before, quizzes.result(learner, attempt.attemptId()));
        assertEquals(100, quizzes.result(learner, attempt.attemptId()).percent());
    }

    @Test
    void theAttemptViewCarriesNoAnswerKey() throws Exception {
        var slug = module(UnaryOperator.identity());
        long learner = readyLearner(slug);

        var view = quizzes.startOrResume(learner, slug).toString();

        assertFalse(view.contains("correct"), view);
        assertFalse(view.contains("Joining comes first"), "no rationale");
        assertFalse(view.contains("index"), "no positions in the written order");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private String module(UnaryOperator<String> quizEdit) throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = "quiz-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(
                TestModules.write(root, slug, 2).resolve("quiz.yaml"), quizEdit.apply(TestModules.quizYaml()));
        assertEquals(1, importer.importFrom(root));
        return slug;
    }

    private long learner() throws Exception {
        return accounts.signUp(new SignUpRequest(
                        "Quiz Learner",
                        UUID.randomUUID() + "@example.org",
                        "a long enough password".toCharArray(),
                        "",
                        ""))
                .getId();
    }

    private long readyLearner(String slug) throws Exception {
        long learner = learner();
        fixtures.completeLessons(learner, slug);
        return learner;
    }

    private void startedAgo(long attemptId, Duration ago) throws Exception {
        tx.begin();
        em.createQuery("update QuizAttempt a set a.startedAt = :at where a.id = :id")
                .setParameter("at", Instant.now().minus(ago))
                .setParameter("id", attemptId)
                .executeUpdate();
        tx.commit();
    }

    private void answerAllCorrectly(long learner, AttemptView attempt) throws Exception {
        TestQuizzes.answerAllCorrectly(quizzes, learner, attempt);
    }

    private static Answer correct(ShownQuestion question) {
        return TestQuizzes.correct(question);
    }
}
