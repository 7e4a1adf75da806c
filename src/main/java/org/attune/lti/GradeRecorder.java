package org.attune.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.logging.Logger;
import org.attune.database.DatabaseClock;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.quiz.AttemptGraded;
import org.attune.quiz.AttemptService;
import org.attune.quiz.QuizOverview;

/**
 * Where learners' grades go, and which scores to post there. A resource-link launch into a module that names a line
 * item with the score scope records (or moves) the learner's grade target for that module at that platform; a
 * learner who passed the module's post-test before that launch has their best score queued then. A passing
 * post-test attempt, heard within its grading transaction, queues its score for each of the learner's targets for
 * the module, with the outbox row that posts it ({@link ScoreDelivery}): both stand or fall with the grade. A score
 * is queued only when it is better than what was queued for that line item before, so the platform always holds
 * the learner's best.
 */
@ApplicationScoped
public class GradeRecorder {

    private static final Logger LOG = Logger.getLogger(GradeRecorder.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    AttemptService attempts;

    @Inject
    GradeRecorder self;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * Heard after the launch committed: the grade target is recorded in a transaction of its own, and a failure to
     * record it is logged, never the launch's failure.
     */
    void launched(@Observes LtiLaunched launched) {
        if (launched.moduleSlug() == null) {
            return;
        }
        try {
            self.recordTarget(launched);
        } catch (RuntimeException e) {
            LOG.warning(() -> "The grade target of launch " + launched.launchId() + " was not recorded: " + e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordTarget(LtiLaunched launched) {
        var launch = em.find(LtiLaunch.class, launched.launchId());
        if (launch == null) {
            return;
        }
        var endpoint = AgsEndpoint.of(launch.claims());
        if (endpoint.isEmpty()) {
            return;
        }
        var target = em.createNamedQuery("GradeTarget.of", GradeTarget.class)
                .setParameter("platform", launched.platformId())
                .setParameter("account", launched.accountId())
                .setParameter("module", launched.moduleSlug())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> new GradeTarget(launched.platformId(), launched.accountId(), launched.moduleSlug()));
        target.launched(launch.id(), launch.subject(), endpoint.get(), Instant.now(clock));
        if (!em.contains(target)) {
            em.persist(target);
        }
        attempts.overview(launched.accountId(), launched.moduleSlug()).stream()
                .flatMap(overview -> overview.history().stream())
                .filter(QuizOverview.Past::passed)
                .max(Comparator.comparingInt(QuizOverview.Past::percent))
                .ifPresent(best -> queue(target, best.attemptId(), best.percent(), best.submittedAt()));
    }

    void graded(@Observes AttemptGraded graded) {
        if (!graded.passed()) {
            return;
        }
        em.createNamedQuery("GradeTarget.ofLearner", GradeTarget.class)
                .setParameter("account", graded.accountId())
                .setParameter("module", graded.moduleSlug())
                .getResultList()
                .forEach(target -> queue(target, graded.attemptId(), graded.percent(), graded.gradedAt()));
    }

    /** Queues the score for the target's line item, in the caller's transaction, unless one as good is queued. */
    private void queue(GradeTarget target, long attemptId, int percent, Instant gradedAt) {
        var best = em.createNamedQuery("LtiScore.best", Integer.class)
                .setParameter("target", target.getId())
                .setParameter("lineitem", target.getLineitem())
                .getSingleResult();
        if (best != null && best >= percent) {
            return;
        }
        var score =
                new LtiScore(target.getId(), target.getLineitem(), attemptId, percent, gradedAt, Instant.now(clock));
        em.persist(score);
        outbox.record(ScoreDelivery.TOPIC, "score:" + score.getId(), Payload.of("score", score.getId()));
    }
}
