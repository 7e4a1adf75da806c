package org.attune.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.attune.certificate.CertificateService;
import org.attune.content.TestModules;
import org.attune.database.Outbox;
import org.attune.learner.AccountClosing;
import org.attune.quiz.AttemptService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.LrsStandIn;
import org.attune.web.PublicUrl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A learner's activity as their organisation's learning record store receives it: the LRS stand-in the test
 * deployment serves ({@link LrsStandIn}), which runs every statement through Learning Locker's xapi-validation.
 */
@ExtendWith(ArquillianExtension.class)
class XapiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    AttemptService attempts;

    @Inject
    CertificateService certificates;

    @Inject
    LrsStandIn lrs;

    @Inject
    Actors actors;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AccountClosing closing;

    @PersistenceContext
    EntityManager em;

    @Test
    void aLearnersJourneyArrivesAsValidStatementsEachOnceNamingTheLearnerByAnOpaqueAccount() throws Exception {
        var course = fixtures.course("xapi", "auto", false, 2, retakeAtOnce());
        long learner = fixtures.learner("Noor Haddad");

        fixtures.completeLessons(learner, course.module());
        var failing = attempts.startOrResume(learner, course.module());
        assertThat(attempts.submit(learner, failing.attemptId()).passed()).isFalse();
        fixtures.passPostTest(learner, course.module());
        fixtures.evaluate(learner, course.slug());

        var received = lrs.await(actorOf(learner), 9);
        assertThat(verbs(received))
                .containsExactlyInAnyOrder(
                        "experienced",
                        "experienced",
                        "attempted",
                        "failed",
                        "attempted",
                        "passed",
                        "completed",
                        "completed",
                        "earned");
        assertThat(received)
                .allSatisfy(r -> assertThat(r.receipts()).as("sent once").isEqualTo(1));
        assertThat(lrs.problems()).as("what xapi-validation found wrong").isEmpty();

        var base = publicUrl.base();
        var failed = only(received, "failed");
        assertThat(failed.getJsonObject("object").getString("id")).isEqualTo(base + "/quiz/" + course.module());
        assertThat(failed.getJsonObject("result").getBoolean("success")).isFalse();
        assertThat(failed.getJsonObject("result")
                        .getJsonObject("score")
                        .getJsonNumber("scaled")
                        .doubleValue())
                .isLessThan(0.75);
        var passed = only(received, "passed").getJsonObject("result");
        assertThat(passed.getBoolean("success")).isTrue();
        assertThat(passed.getJsonObject("score").getJsonNumber("scaled").doubleValue())
                .isEqualTo(1.0);
        assertThat(passed.getJsonObject("score").getInt("min")).isZero();
        assertThat(passed.getJsonObject("score").getJsonNumber("raw").doubleValue())
                .isEqualTo(passed.getJsonObject("score").getJsonNumber("max").doubleValue());
        var code = certificates.current(learner, course.slug()).orElseThrow().getCode();
        assertThat(only(received, "earned").getJsonObject("object").getString("id"))
                .isEqualTo(base + "/verify/" + code);
        assertThat(received.stream()
                        .map(r -> r.statement().getJsonObject("object").getString("id"))
                        .toList())
                .contains(base + "/modules/" + course.module(), base + "/#course-" + course.slug())
                .allSatisfy(id -> assertThat(id).startsWith(base + "/"));

        var email = fixtures.emailOf(learner);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.statement()
                            .getJsonObject("actor")
                            .getJsonObject("account")
                            .getString("homePage"))
                    .isEqualTo(base);
            assertThat(r.statement().getJsonObject("actor").containsKey("mbox")).isFalse();
            assertThat(r.statement().toString()).doesNotContain(email).doesNotContain("Noor");
        });
    }

    @Test
    void whatHappensWhileTheStoreIsDownArrivesOnceInOneBatchWhenItIsBack() throws Exception {
        var course = fixtures.course("xapi", "auto", false, 2, retakeAtOnce());
        long learner = fixtures.learner("Ilse Brandt");
        lrs.takeDown();
        List<XapiStatement> queued;
        try {
            fixtures.completeLessons(learner, course.module());
            attempts.startOrResume(learner, course.module());

            queued = statementsOf(learner);
            assertThat(queued).hasSize(3);
            awaitRetried(queued);
            assertThat(lrs.of(actorOf(learner))).as("nothing stored while down").isEmpty();
            assertThat(statementsOf(learner)).noneMatch(XapiStatement::isSent);
        } finally {
            lrs.bringBack();
        }

        var received = lrs.await(actorOf(learner), 3);
        assertThat(received.stream().map(r -> r.statement().getString("id")).toList())
                .containsExactlyInAnyOrderElementsOf(
                        queued.stream().map(XapiStatement::getId).toList());
        assertThat(received)
                .allSatisfy(r -> assertThat(r.receipts()).as("sent once").isEqualTo(1));
        assertThat(received.stream().map(LrsStandIn.Received::batch).distinct().toList())
                .as("one batch")
                .hasSize(1);
        awaitSent(learner);
        assertThat(lrs.problems()).isEmpty();
    }

    @Test
    void closingTheAccountDeletesTheStatementsAboutTheLearnerAndTheNameTheyHadInThem() throws Exception {
        var course = fixtures.course("xapi", "auto", false, 2, retakeAtOnce());
        long learner = fixtures.learner("Ada Okafor");
        fixtures.completeLessons(learner, course.module());
        lrs.await(actorOf(learner), 2);
        assertThat(statementsOf(learner)).hasSize(2);

        closing.close(learner, Clinicians.PASSWORD.toCharArray(), "192.0.2.1");

        assertThat(statementsOf(learner)).isEmpty();
        assertThat(actors.existingNameOf(learner)).isNull();
    }

    @Test
    void theStandInsValidatorFindsAStatementThatBreaksTheRules() {
        var problems = lrs.validate("[{\"id\": \"not-a-uuid\", \"actor\": {\"mbox\": \"noor@example.org\"},"
                + " \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/passed\"},"
                + " \"object\": {\"id\": \"https://ce.example.org/quiz/m\"},"
                + " \"result\": {\"score\": {\"scaled\": 1.5}}}]");

        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith("statement[0].id"))
                .anySatisfy(p -> assertThat(p).startsWith("statement[0].actor.mbox"))
                .anySatisfy(p -> assertThat(p).startsWith("statement[0].result.score.scaled"));
    }

    /** The test module's post-test, which may be taken again at once. */
    private static String retakeAtOnce() {
        return TestModules.quizYaml().replace("waitMinutes: 10", "waitMinutes: 0");
    }

    private Predicate<JsonObject> actorOf(long learner) {
        var name = actors.nameOf(learner);
        return actor -> actor.containsKey("account")
                && name.equals(actor.getJsonObject("account").getString("name"));
    }

    private static List<String> verbs(List<LrsStandIn.Received> received) {
        return received.stream()
                .map(r -> r.statement()
                        .getJsonObject("verb")
                        .getJsonObject("display")
                        .getString("en-US"))
                .toList();
    }

    private static JsonObject only(List<LrsStandIn.Received> received, String verb) {
        var matching = received.stream()
                .map(LrsStandIn.Received::statement)
                .filter(s -> s.getJsonObject("verb")
                        .getJsonObject("display")
                        .getString("en-US")
                        .equals(verb))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private List<XapiStatement> statementsOf(long learner) {
        return em.createNamedQuery("XapiStatement.ofAccount", XapiStatement.class)
                .setParameter("account", learner)
                .getResultList();
    }

    /** Waits until each statement's outbox row has failed at least once: the store was tried and was down. */
    private void awaitRetried(List<XapiStatement> statements) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (statements.stream()
                .anyMatch(s -> outbox.find(StatementDelivery.TOPIC, s.getId())
                                .orElseThrow()
                                .getAttempts()
                        < 1)) {
            assertThat(Instant.now())
                    .as("every row tried while the store is down")
                    .isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private void awaitSent(long learner) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!statementsOf(learner).stream().allMatch(XapiStatement::isSent)) {
            assertThat(Instant.now()).as("marked sent").isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
