package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Optional;
import org.attune.catalog.CatalogService;
import org.attune.content.QuizDefinition;

/**
 * A module's post-test as its definition says: importing it and reading it back. What learners do with it is
 * {@link AttemptService}'s; its figures are {@link QuizStatisticsService}'s.
 */
@ApplicationScoped
@Transactional
public class QuizService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    /** Brings the module's quiz in step with its definition; questions keep their identity by id. */
    public void importQuiz(String moduleSlug, QuizDefinition definition) {
        var module = catalog.module(moduleSlug).orElseThrow(() -> new IllegalArgumentException(moduleSlug));
        var existing = quizOf(module.id());
        var quiz = existing.orElseGet(() -> new Quiz(module.id()));
        quiz.configure(definition.settings());
        if (existing.isEmpty()) {
            em.persist(quiz);
        }
        var byKey = new HashMap<String, QuizQuestion>();
        quiz.getQuestions().forEach(q -> byKey.put(q.getKey(), q));
        int position = 0;
        for (var question : definition.questions()) {
            var stored = byKey.remove(question.key());
            if (stored == null) {
                stored = new QuizQuestion(quiz, question.key());
                stored.define(question, ++position);
                quiz.getQuestions().add(stored);
                em.persist(stored);
            } else {
                stored.define(question, ++position);
            }
        }
        byKey.values().forEach(QuizQuestion::retire);
    }

    /** The module's quiz as its quiz.yaml would define it now, if it has one. */
    public Optional<QuizDefinition> definitionOf(String moduleSlug) {
        return catalog.module(moduleSlug)
                .flatMap(m -> quizOf(m.id()))
                .map(quiz ->
                        new QuizDefinition(quiz.settings(), quiz.definition().questions()));
    }

    public boolean hasQuiz(String moduleSlug) {
        return catalog.module(moduleSlug).flatMap(m -> quizOf(m.id())).isPresent();
    }

    private Optional<Quiz> quizOf(long moduleId) {
        return Quiz.ofModule(em, moduleId);
    }
}
