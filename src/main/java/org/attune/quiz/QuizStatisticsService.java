package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.attune.catalog.CatalogService;

/** How a module's post-test fares, for its authors: figures over every submitted attempt, never one learner's. */
@ApplicationScoped
@Transactional
public class QuizStatisticsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    /**
     * Submitted attempts, learners who attempted and who passed, and each question's figures. Empty for a module
     * without a post-test.
     */
    public Optional<QuizStatistics> statistics(String moduleSlug) {
        var quiz = catalog.module(moduleSlug).flatMap(m -> Quiz.ofModule(em, m.id()));
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        var counts = em.createQuery(
                        "select count(a), count(distinct a.accountId) from QuizAttempt a"
                                + " where a.quizId = :quiz and a.status = :submitted",
                        Object[].class)
                .setParameter("quiz", quiz.get().getId())
                .setParameter("submitted", QuizAttempt.Status.SUBMITTED)
                .getSingleResult();
        long passed = em.createQuery(
                        "select count(distinct a.accountId) from QuizAttempt a where a.quizId = :quiz and a.passed = true",
                        Long.class)
                .setParameter("quiz", quiz.get().getId())
                .getSingleResult();
        try (var rows = em.createQuery(
                        "select q from AttemptQuestion q"
                                + " where q.attempt.quizId = :quiz and q.attempt.status = :submitted",
                        AttemptQuestion.class)
                .setParameter("quiz", quiz.get().getId())
                .setParameter("submitted", QuizAttempt.Status.SUBMITTED)
                .setHint("org.hibernate.fetchSize", 500)
                .getResultStream()) {
            var graded = rows.map(q -> new QuestionStatistics.Graded(q.presented(), q.answer(), q.getPoints()))
                    .toList();
            return Optional.of(new QuizStatistics(
                    ((Number) counts[0]).intValue(),
                    ((Number) counts[1]).intValue(),
                    (int) passed,
                    QuestionStatistics.of(quiz.get().definition().questions(), graded)));
        }
    }
}
