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
 * A module's post-test as its definition says (quiz.yaml, or an author's draft): written when the module is
 * published, and read back as its folder would hold it. Questions keep their identity by id across publications and
 * are retired rather than deleted, so that attempts keep the questions they showed. Only authoring calls this, in
 * the transaction that publishes the module into the catalog.
 */
@ApplicationScoped
@Transactional
public class PostTestDefinitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    /** Brings the published module's post-test in step with its definition. */
    public void importQuiz(String moduleSlug, QuizDefinition definition) {
        var module = catalog.module(moduleSlug)
                .orElseThrow(() -> new IllegalStateException("The module '" + moduleSlug + "' is not published"));
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

    /** The module's post-test as its quiz.yaml would define it now, if it has one. */
    public Optional<QuizDefinition> definitionOf(String moduleSlug) {
        return catalog.module(moduleSlug)
                .flatMap(m -> quizOf(m.id()))
                .map(quiz ->
                        new QuizDefinition(quiz.settings(), quiz.definition().questions()));
    }

    private Optional<Quiz> quizOf(long moduleId) {
        return Quiz.ofModule(em, moduleId);
    }
}
