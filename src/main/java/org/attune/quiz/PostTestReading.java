package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads post-tests and one learner's attempts from the database, in one transaction, for {@link PostTestCache}. */
@ApplicationScoped
@Transactional
public class PostTestReading {

    @PersistenceContext
    EntityManager em;

    PostTestRecords.PostTests postTests() {
        return new PostTestRecords.PostTests(em.createQuery("select q from Quiz q", Quiz.class)
                .getResultStream()
                .map(PostTestRecords.PostTest::of)
                .collect(Collectors.toUnmodifiableMap(PostTestRecords.PostTest::moduleId, q -> q)));
    }

    PostTestRecords.Learner learner(long accountId) {
        var allowances = em.createQuery(
                        "select a from Accommodation a where a.accountId = :account", Accommodation.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(
                        Accommodation::getQuizId,
                        a -> new PostTestRecords.Allowance(a.getExtraAttempts(), a.getTimeMultiplier())));
        var attempts = new LinkedHashMap<Long, List<PostTestRecords.Attempt>>();
        em.createQuery(
                        "select a from QuizAttempt a where a.accountId = :account order by a.quizId, a.number",
                        QuizAttempt.class)
                .setParameter("account", accountId)
                .getResultStream()
                .forEach(a -> attempts.computeIfAbsent(a.getQuizId(), q -> new java.util.ArrayList<>())
                        .add(PostTestRecords.Attempt.of(
                                a,
                                allowances
                                        .getOrDefault(a.getQuizId(), PostTestRecords.Allowance.NONE)
                                        .timeMultiplier())));
        var frozen = new LinkedHashMap<Long, List<PostTestRecords.Attempt>>();
        attempts.forEach((quiz, list) -> frozen.put(quiz, List.copyOf(list)));
        return new PostTestRecords.Learner(Map.copyOf(frozen), allowances);
    }
}
