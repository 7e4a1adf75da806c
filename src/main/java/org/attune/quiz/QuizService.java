package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.attune.catalog.CatalogService;

/**
 * Whether a module has a post-test. Writing and reading a post-test's definition is {@link PostTestDefinitions}'s
 * (authoring publishes through it); what learners do with it is {@link AttemptService}'s; its figures are
 * {@link QuizStatisticsService}'s.
 */
@ApplicationScoped
@Transactional
public class QuizService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    public boolean hasQuiz(String moduleSlug) {
        return catalog.module(moduleSlug).flatMap(m -> quizOf(m.id())).isPresent();
    }

    private Optional<Quiz> quizOf(long moduleId) {
        return Quiz.ofModule(em, moduleId);
    }
}
