package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ImportOutcome;
import org.attune.content.CourseDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.quiz.QuizService;

/**
 * Imports one module, lessons and post-test together, in one transaction of its own: a module is never left with
 * new lessons and an old quiz, and a failure leaves it exactly as it was (so the next start tries again).
 */
@ApplicationScoped
public class ModuleImport {

    @Inject
    CatalogService catalog;

    @Inject
    QuizService quizzes;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void importCourse(CourseDefinition course) {
        catalog.importCourse(course);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportOutcome importModule(ModuleDefinition module, String courseSlug) {
        var outcome = catalog.importModule(module, courseSlug);
        if (outcome != ImportOutcome.UNCHANGED && module.quiz() != null) {
            quizzes.importQuiz(module.slug(), module.quiz());
        }
        return outcome;
    }
}
