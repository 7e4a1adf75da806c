package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.content.CourseDefinition.EvaluationQuestion;
import org.attune.database.DatabaseClock;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.web.Refusal;

/**
 * The course evaluation: each learner submits it once (every rating answered, free text optional); instructors
 * and admins read it in aggregate only. A submission may complete the course, so it records, in its transaction,
 * the outbox row whose consequence checks the course ({@link CourseEvaluation#SUBMITTED}).
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    Outbox outbox;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Why an evaluation cannot be accepted, in words for the learner. */
    public static class Incomplete extends Refusal {

        private static final long serialVersionUID = 1L;

        public Incomplete(String key, Object... args) {
            super(key, args);
        }
    }

    /** One rating question's results, and the free-text answers to the others. */
    public record Summary(int responses, Map<String, Double> averageRatings, Map<String, List<String>> comments) {}

    public boolean submitted(long accountId, String courseSlug) {
        return find(accountId, courseSlug) != null;
    }

    /** Keeps the learner's evaluation of the course; a second submission changes nothing. */
    @Transactional(rollbackOn = Incomplete.class)
    public void submit(long accountId, String courseSlug, Map<String, String> answers) throws Incomplete {
        if (submitted(accountId, courseSlug)) {
            return;
        }
        var course = catalog.course(courseSlug).orElseThrow(() -> new Incomplete("learn.evaluation.noSuchCourse"));
        var kept = new LinkedHashMap<String, String>();
        for (var question : course.evaluation()) {
            var answer = answers.get(question.id());
            if (question.kind() == EvaluationQuestion.Kind.RATING) {
                if (answer == null || !answer.matches("[1-5]")) {
                    throw new Incomplete("learn.evaluation.rateEvery", question.prompt());
                }
                kept.put(question.id(), answer);
            } else if (answer != null && !answer.isBlank()) {
                kept.put(
                        question.id(),
                        answer.strip().substring(0, Math.min(answer.strip().length(), 4000)));
            }
        }
        em.persist(new CourseEvaluation(accountId, courseSlug, JSON.toJson(kept), Instant.now(clock)));
        outbox.record(
                CourseEvaluation.SUBMITTED,
                accountId + ":" + courseSlug,
                Payload.of("account", accountId, "course", courseSlug));
    }

    /** The slugs of the courses the learner has evaluated. */
    public Set<String> coursesEvaluatedBy(long accountId) {
        return em.createNamedQuery("CourseEvaluation.coursesOf", String.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }

    public Summary summary(String courseSlug) {
        var course = catalog.course(courseSlug).orElseThrow();
        var evaluations = em.createNamedQuery("CourseEvaluation.ofCourse", CourseEvaluation.class)
                .setParameter("course", courseSlug)
                .getResultList();
        var sums = new HashMap<String, double[]>();
        var comments = new LinkedHashMap<String, List<String>>();
        for (var evaluation : evaluations) {
            @SuppressWarnings("unchecked")
            Map<String, String> answers = JSON.fromJson(evaluation.getAnswers(), Map.class);
            for (var question : course.evaluation()) {
                var answer = answers.get(question.id());
                if (answer == null) {
                    continue;
                }
                if (question.kind() == EvaluationQuestion.Kind.RATING) {
                    var sum = sums.computeIfAbsent(question.id(), k -> new double[2]);
                    sum[0] += Integer.parseInt(answer);
                    sum[1]++;
                } else {
                    comments.computeIfAbsent(question.id(), k -> new ArrayList<>())
                            .add(answer);
                }
            }
        }
        var averages = new LinkedHashMap<String, Double>();
        sums.forEach((id, sum) -> averages.put(id, sum[0] / sum[1]));
        return new Summary(evaluations.size(), averages, comments);
    }

    private CourseEvaluation find(long accountId, String courseSlug) {
        return em.createNamedQuery("CourseEvaluation.of", CourseEvaluation.class)
                .setParameter("account", accountId)
                .setParameter("course", courseSlug)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
