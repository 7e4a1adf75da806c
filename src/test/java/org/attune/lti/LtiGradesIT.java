package org.attune.lti;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.attune.content.TestModules;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.learner.AccountClosing;
import org.attune.quiz.AttemptService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.GradebookStandIn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A launched learner's grade as the platform's grade service receives it: the gradebook stand-in the test deployment
 * serves ({@link GradebookStandIn}), whose token endpoint checks Attune's client assertion against Attune's
 * published JWK set.
 */
@ExtendWith(ArquillianExtension.class)
class LtiGradesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClass(TestLaunches.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AttemptService attempts;

    @Inject
    TestLaunches launches;

    @Inject
    GradebookStandIn gradebook;

    @Inject
    Outbox outbox;

    @Inject
    ScoreDelivery delivery;

    @Inject
    AccountClosing closing;

    @PersistenceContext
    EntityManager em;

    @Test
    void aScorePostedWhileThePlatformIsDownArrivesOnceWithTheBestPercentWhenItIsBack() throws Exception {
        var course = fixtures.course("lti", "auto", false, 2, retakeAtOnce());
        long learner = fixtures.learner("Amara Osei");
        var platform = launches.platform(fixtures.admin("Lms Admin"), gradebook.tokenUrl());
        gradebook.register(platform.clientId());
        var lineitem = gradebook.newLineitem();
        var subject = "lms-" + UUID.randomUUID();
        launches.resourceLink(platform, learner, subject, course.module(), lineitem);

        fixtures.completeLessons(learner, course.module());
        var failing = attempts.startOrResume(learner, course.module());
        assertThat(attempts.submit(learner, failing.attemptId()).passed()).isFalse();
        assertThat(scoresOf(learner, course.module()))
                .as("a failed attempt posts nothing")
                .isEmpty();

        gradebook.takeDown();
        List<LtiScore> queued;
        try {
            fixtures.passPostTest(learner, course.module());
            queued = scoresOf(learner, course.module());
            assertThat(queued).hasSize(1);
            awaitRetried(queued.get(0));
            assertThat(gradebook.postsTo(lineitem))
                    .as("nothing taken while down")
                    .isEmpty();
            assertThat(scoresOf(learner, course.module())).noneMatch(LtiScore::isPosted);
        } finally {
            gradebook.bringBack();
        }

        var posts = gradebook.await(lineitem, p -> !p.isEmpty());
        awaitPosted(queued.get(0));
        assertThat(gradebook.refusals()).as("what the platform refused").isEmpty();
        assertThat(gradebook.postsTo(lineitem)).as("posted once").hasSize(1);
        var score = posts.get(0).score();
        assertThat(score.getString("userId")).isEqualTo(subject);
        assertThat(score.getInt("scoreGiven")).isEqualTo(100);
        assertThat(score.getInt("scoreMaximum")).isEqualTo(100);
        assertThat(score.getString("activityProgress")).isEqualTo("Completed");
        assertThat(score.getString("gradingProgress")).isEqualTo("FullyGraded");
        var passed = attempts.overview(learner, course.module()).orElseThrow().history().stream()
                .filter(p -> p.passed())
                .findFirst()
                .orElseThrow();
        assertThat(Instant.parse(score.getString("timestamp"))).isEqualTo(passed.submittedAt());
        assertThat(gradebook.resultOf(lineitem, subject)).isEqualTo(score);

        var row = outbox.find(ScoreDelivery.TOPIC, "score:" + queued.get(0).getId())
                .orElseThrow();
        assertThat(row.isDone()).isTrue();
        assertThat(row.getAttempts()).as("failed while the platform was down").isGreaterThanOrEqualTo(1);
    }

    @Test
    void aScoreRowRunAgainAfterItsScoreWasPostedPostsNothingMore() throws Exception {
        var course = fixtures.course("lti", "auto", false, 2, TestModules.quizYaml());
        long learner = fixtures.learner("Tomas Ruiz");
        var platform = launches.platform(fixtures.admin("Lms Admin"), gradebook.tokenUrl());
        gradebook.register(platform.clientId());
        var lineitem = gradebook.newLineitem();
        launches.resourceLink(platform, learner, "lms-" + UUID.randomUUID(), course.module(), lineitem);
        int tokensBefore = gradebook.tokensIssued();

        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        gradebook.await(lineitem, p -> p.size() == 1);
        var score = scoresOf(learner, course.module()).get(0);
        awaitPosted(score);

        // The consequence run again, as a retry after a crash would run it: the score is posted already.
        delivery.follow(Payload.of("score", score.getId()));
        assertThat(gradebook.postsTo(lineitem)).hasSize(1);
        assertThat(gradebook.tokensIssued() - tokensBefore).isLessThanOrEqualTo(1);
    }

    @Test
    void aLearnerWhoPassedBeforeTheirFirstLaunchHasTheirScorePostedAtTheLaunch() throws Exception {
        var course = fixtures.course("lti", "auto", false, 2, TestModules.quizYaml());
        long learner = fixtures.learner("Ines Duarte");
        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        var platform = launches.platform(fixtures.admin("Lms Admin"), gradebook.tokenUrl());
        gradebook.register(platform.clientId());
        var lineitem = gradebook.newLineitem();
        var subject = "lms-" + UUID.randomUUID();

        launches.resourceLink(platform, learner, subject, course.module(), lineitem);
        launches.resourceLink(platform, learner, subject, course.module(), lineitem);

        var posts = gradebook.await(lineitem, p -> !p.isEmpty());
        assertThat(posts.get(0).score().getString("userId")).isEqualTo(subject);
        assertThat(posts.get(0).score().getInt("scoreGiven")).isEqualTo(100);
        assertThat(scoresOf(learner, course.module()))
                .as("the second launch queued nothing")
                .hasSize(1);
    }

    @Test
    void closingTheAccountDeletesWhereTheLearnersGradesWentAndTheScoresNotYetPosted() throws Exception {
        var course = fixtures.course("lti", "auto", false, 2, TestModules.quizYaml());
        long learner = fixtures.learner("Yara Haddad");
        var platform = launches.platform(fixtures.admin("Lms Admin"), gradebook.tokenUrl());
        gradebook.register(platform.clientId());
        var lineitem = gradebook.newLineitem();
        launches.resourceLink(platform, learner, "lms-" + UUID.randomUUID(), course.module(), lineitem);
        gradebook.takeDown();
        try {
            fixtures.completeLessons(learner, course.module());
            fixtures.passPostTest(learner, course.module());
            assertThat(scoresOf(learner, course.module())).hasSize(1);

            closing.close(learner, Clinicians.PASSWORD.toCharArray(), "192.0.2.1");

            assertThat(scoresOf(learner, course.module())).isEmpty();
            assertThat(em.createQuery("select t from GradeTarget t where t.accountId = :a", GradeTarget.class)
                            .setParameter("a", learner)
                            .getResultList())
                    .isEmpty();
        } finally {
            gradebook.bringBack();
        }
    }

    /** The test module's post-test, which may be taken again at once. */
    private static String retakeAtOnce() {
        return TestModules.quizYaml().replace("waitMinutes: 10", "waitMinutes: 0");
    }

    private List<LtiScore> scoresOf(long learner, String module) {
        return em.createQuery(
                        "select s from LtiScore s, GradeTarget t where s.targetId = t.id and t.accountId = :account"
                                + " and t.moduleSlug = :module order by s.id",
                        LtiScore.class)
                .setParameter("account", learner)
                .setParameter("module", module)
                .getResultList();
    }

    /** Waits until the score's outbox row has failed at least once: the platform was tried and was down. */
    private void awaitRetried(LtiScore score) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (outbox.find(ScoreDelivery.TOPIC, "score:" + score.getId())
                        .orElseThrow()
                        .getAttempts()
                < 1) {
            assertThat(Instant.now()).as("tried while the platform is down").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private void awaitPosted(LtiScore score) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!em.find(LtiScore.class, score.getId()).isPosted()) {
            assertThat(Instant.now()).as("marked posted").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
