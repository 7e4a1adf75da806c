package org.attune.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CatalogService;
import org.attune.catalog.EvaluationService;
import org.attune.certificate.CertificateService;
import org.attune.content.TestModules;
import org.attune.progress.ModuleCompletion;
import org.attune.progress.PostTestPass;
import org.attune.progress.ProgressService;
import org.attune.quiz.AttemptService;
import org.attune.quiz.TestQuizzes;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server that dies between committing a fact and running what follows from it: the sweep runs it once the dead
 * server's claim lapses, and running it again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxSweepIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    AttemptService attempts;

    @Inject
    EvaluationService evaluations;

    @Inject
    CertificateService certificates;

    @Inject
    AccountService accounts;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRunner runner;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void aPassOfANodeThatDiedBeforeItsConsequenceIsFollowedOnceByTheSweep() throws Exception {
        var course = TestModules.importCourse(
                importer, "sweep-" + UUID.randomUUID().toString().substring(0, 8), "auto");
        var module = course + "-m";
        long learner = learner();
        fixtures.completeLessons(learner, module);
        evaluations.submit(learner, course, Map.of("objectives", "5", "change", "Slow down."));
        assertThat(certificates.of(learner)).as("the post-test is still left").isEmpty();

        // The passed post-test is committed with its outbox row already claimed by a server that then died: the
        // request's own drain finds the row someone else's and leaves it.
        var key = learner + ":" + module;
        tx.begin();
        var attempt = attempts.startOrResume(learner, module);
        TestQuizzes.answerAllCorrectly(attempts, learner, attempt);
        assertThat(attempts.submit(learner, attempt.attemptId()).passed()).isTrue();
        em.flush();
        setClaim(PostTestPass.PASSED, key, Instant.now().plusSeconds(3600));
        tx.commit();
        var row = outbox.find(PostTestPass.PASSED, key).orElseThrow();
        assertThat(row.isDone()).isFalse();
        assertThat(moduleCompletions(learner)).as("the consequence did not run").isZero();
        assertThat(certificates.of(learner)).isEmpty();

        // The dead server's claim lapses and the row falls due: a sweep picks it up.
        tx.begin();
        setClaim(PostTestPass.PASSED, key, Instant.now().minusSeconds(1));
        tx.commit();
        sweepUntilDone(PostTestPass.PASSED, key);
        // Whoever ran it runs the module completion's own row right after, as the request that records one does.
        sweepUntilDone(ModuleCompletion.COMPLETED, key);

        assertThat(outbox.find(PostTestPass.PASSED, key).orElseThrow().isDone()).isTrue();
        assertThat(outbox.find(ModuleCompletion.COMPLETED, key).orElseThrow().isDone())
                .as("the module's completion was followed by its course's check")
                .isTrue();
        assertThat(moduleCompletions(learner)).isEqualTo(1);
        assertThat(certificates.of(learner)).hasSize(1);

        // Another sweep, the row run again by hand, and the row run again as if it had never been marked done.
        runner.sweep();
        runner.run(row.getId(), false);
        tx.begin();
        // Not due for a sweep, so that only the run below takes it.
        em.createQuery("update OutboxEntry e set e.doneAt = null, e.nextAttemptAt = :later where e.id = :id")
                .setParameter("later", Instant.now().plusSeconds(3600))
                .setParameter("id", row.getId())
                .executeUpdate();
        tx.commit();
        assertThat(runner.run(row.getId(), false)).isTrue();

        assertThat(moduleCompletions(learner)).as("one module completion").isEqualTo(1);
        assertThat(certificates.of(learner)).as("one certificate").hasSize(1);
    }

    /**
     * Sweeps until the row is done: the servers' own sweep may hold the outbox's lock at that moment (then this one
     * skips its turn) and run the row itself.
     */
    private void sweepUntilDone(String topic, String key) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(60);
        while (!outbox.find(topic, key).orElseThrow().isDone() && Instant.now().isBefore(deadline)) {
            if (runner.sweep() == 0) {
                Thread.sleep(100);
            }
        }
    }

    /** Sets who holds the row and until when; the row is due from the same moment. */
    private void setClaim(String topic, String key, Instant until) {
        em.createQuery("update OutboxEntry e set e.claimedBy = 'node-that-died', e.claimedUntil = :until,"
                        + " e.nextAttemptAt = :until where e.topic = :topic and e.dedupeKey = :key")
                .setParameter("until", until)
                .setParameter("topic", topic)
                .setParameter("key", key)
                .executeUpdate();
    }

    private long moduleCompletions(long learner) {
        return em.createQuery("select count(c) from ModuleCompletion c where c.accountId = :a", Long.class)
                .setParameter("a", learner)
                .getSingleResult();
    }

    private long learner() throws Exception {
        return fixtures.learner("Sami Sweep");
    }
}
