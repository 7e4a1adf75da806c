package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.catalog.CatalogService;
import org.attune.database.DatabaseClock;
import org.attune.quiz.PostTestPassed;
import org.attune.quiz.QuizService;

/**
 * Records the moment a learner completes a module, with the module's revision then: when they complete its last
 * lesson (the post-test already passed or none), or pass its post-test (every lesson already complete).
 */
@ApplicationScoped
@Transactional
public class ModuleCompletions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    QuizService quizzes;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    void onPostTestPassed(@Observes PostTestPassed passed) {
        catalog.moduleIds().entrySet().stream()
                .filter(e -> e.getValue() == passed.moduleId())
                .findFirst()
                .ifPresent(e -> recordIfComplete(passed.accountId(), e.getKey()));
    }

    /** Records the learner's completion of the module if they have just completed it; does nothing otherwise. */
    public void recordIfComplete(long accountId, String moduleSlug) {
        var module = catalog.module(moduleSlug);
        if (module.isEmpty()
                || completionsOf(accountId).containsKey(module.get().id())) {
            return;
        }
        var lessons = ProgressRules.progress(module.get().lessonIds(), progress.completedLessons(accountId));
        boolean passed =
                quizzes.passedModuleIds(accountId).contains(module.get().id());
        if (ProgressRules.moduleComplete(lessons, quizzes.hasQuiz(moduleSlug), passed)) {
            em.persist(new ModuleCompletion(
                    accountId, module.get().id(), module.get().revision(), Instant.now(clock)));
        }
    }

    /** The learner's module completions, by module id. */
    public Map<Long, ModuleCompletion> completionsOf(long accountId) {
        return em.createNamedQuery("ModuleCompletion.of", ModuleCompletion.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toMap(ModuleCompletion::getModuleId, Function.identity()));
    }
}
