package org.attune.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Set;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.LessonOutline;
import org.attune.catalog.ModuleOutline;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ProgressRules;
import org.attune.progress.ProgressService;
import org.attune.quiz.QuizOverview;
import org.attune.quiz.QuizService;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * A module's page ({@code /modules/{slug}}): objectives, lessons, sources, and for a signed-in learner their
 * progress, the lesson to continue with, the post-test and its history, and whether the module is complete.
 */
@Named
@RequestScoped
public class ModuleView {

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    QuizService quizzes;

    @Inject
    CurrentAccount me;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    private ModuleOutline module;
    private Set<Long> completed = Set.of();
    private QuizOverview quiz;
    private boolean hasQuiz;

    /** One transaction for everything the page reads (each service call would otherwise start its own). */
    @Transactional
    public void load() throws IOException {
        module = slug == null ? null : catalog.module(slug).orElse(null);
        if (module == null) {
            Faces.responseSendError(404, "There is no module at this address.");
            return;
        }
        hasQuiz = quizzes.hasQuiz(slug);
        var learner = me.id();
        if (learner.isPresent()) {
            completed = progress.completedLessons(learner.get());
            quiz = quizzes.overview(learner.get(), slug).orElse(null);
        }
    }

    public boolean isHasQuiz() {
        return hasQuiz;
    }

    /** The learner's standing with the post-test; null for a visitor or a module without one. */
    public QuizOverview getQuiz() {
        return quiz;
    }

    public boolean isComplete() {
        return ProgressRules.moduleComplete(getProgress(), hasQuiz, quiz != null && quiz.passed());
    }

    public ModuleOutline getModule() {
        return module;
    }

    public ModuleProgress getProgress() {
        return ProgressRules.progress(module.lessonIds(), completed);
    }

    public boolean isCompleted(LessonOutline lesson) {
        return completed.contains(lesson.id());
    }

    /** The first lesson not yet completed, or the first lesson when all are. */
    public LessonOutline getNextLesson() {
        var next = ProgressRules.nextToRead(module.lessonIds(), completed);
        return module.lessons().stream()
                .filter(l -> next.isEmpty() || l.id() == next.get())
                .findFirst()
                .orElse(null);
    }
}
