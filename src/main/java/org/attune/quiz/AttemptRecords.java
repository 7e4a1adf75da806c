package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;

/**
 * A person's post-test attempts as records of their own: exported as JSON for "Download my data" (each attempt with
 * its questions as presented, the answers given and the points), and erased, with their accommodations, when they
 * close their account. Question statistics computed from attempts lose them too.
 */
@ApplicationScoped
@Transactional
public class AttemptRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    PostTestCache postTests;

    public JsonObject export(long accountId) {
        var attempts = Json.createArrayBuilder();
        for (var attempt : em.createQuery(
                        "select a from QuizAttempt a where a.accountId = :a order by a.startedAt", QuizAttempt.class)
                .setParameter("a", accountId)
                .getResultList()) {
            var questions = Json.createArrayBuilder();
            em.createQuery(
                            "select q.seq, q.questionKey, q.presented, q.answer, q.points from AttemptQuestion q"
                                    + " where q.attempt = :attempt order by q.seq",
                            Object[].class)
                    .setParameter("attempt", attempt)
                    .getResultList()
                    .forEach(r -> questions.add(Json.createObjectBuilder()
                            .add("seq", (Integer) r[0])
                            .add("question", (String) r[1])
                            .add("presented", text(r[2]))
                            .add("answer", text(r[3]))
                            .add("points", r[4] == null ? "" : ((BigDecimal) r[4]).toPlainString())));
            attempts.add(Json.createObjectBuilder()
                    .add("quizId", attempt.getQuizId())
                    .add("number", attempt.getNumber())
                    .add("status", attempt.getStatus().name())
                    .add("startedAt", attempt.getStartedAt().toString())
                    .add("submittedAt", text(attempt.getSubmittedAt()))
                    .add("scorePercent", text(attempt.getPercent()))
                    .add("passed", attempt.isPassed())
                    .add("questions", questions));
        }
        return Json.createObjectBuilder().add("attempts", attempts).build();
    }

    /** Deletes the person's attempts (with their questions and answers) and accommodations. */
    public void erase(long accountId) {
        em.createQuery(
                        "delete from AttemptQuestion q where q.attempt.id in (select a.id from QuizAttempt a where a.accountId = :a)")
                .setParameter("a", accountId)
                .executeUpdate();
        em.createQuery("delete from QuizAttempt a where a.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        em.createQuery("delete from Accommodation a where a.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        postTests.learnerChanged(accountId);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
