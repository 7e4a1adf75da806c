package org.attune.learner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.LessonOutline;
import org.attune.catalog.ModuleOutline;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ModuleStanding;
import org.attune.progress.ProgressService;
import org.attune.quiz.AttemptService;
import org.attune.quiz.QuizOverview;
import org.attune.web.PathParameters;
import org.omnifaces.util.Faces;

/**
 * A module's page ({@code /modules/{slug}}): objectives, lessons, sources, and for a signed-in learner their
 * standing in it (lessons done, the lesson to continue with, the post-test and its history, completion).
 */
@Named
@RequestScoped
public class ModuleView {

    private String slug;

    @PostConstruct
    void readAddress() {
        slug = PathParameters.at(0);
    }

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentAccount me;

    private ModuleOutline module;
    private ModuleStanding standing;
    private QuizOverview quiz;

    /**
     * No transaction: what the page reads comes from the published catalog and the learner's cached standing, so a
     * warm view runs no SQL at all.
     */
    public void load() throws IOException {
        module = slug == null ? null : catalog.module(slug).orElse(null);
        if (module == null) {
            Faces.responseSendError(404, "There is no module at this address.");
            return;
        }
        var learner = me.id();
        if (learner.isPresent()) {
            standing = progress.standing(learner.get()).module(slug).orElse(null);
            quiz = standing == null
                    ? null
                    : attempts.overview(learner.get(), standing).orElse(null);
        }
    }

    public boolean isHasQuiz() {
        return module.hasPostTest();
    }

    /** The learner's standing with the post-test; null for a visitor or a module without one. */
    public QuizOverview getQuiz() {
        return quiz;
    }

    public boolean isComplete() {
        return standing != null && standing.complete();
    }

    public ModuleOutline getModule() {
        return module;
    }

    public ModuleProgress getProgress() {
        return standing == null ? new ModuleProgress(0, module.lessons().size()) : standing.lessons();
    }

    public boolean isCompleted(LessonOutline lesson) {
        return standing != null && standing.done(lesson.id());
    }

    /** The first lesson not yet completed, or the first lesson when all are. */
    public LessonOutline getNextLesson() {
        var next = standing == null ? Optional.<Long>empty() : standing.nextLesson();
        return module.lessons().stream()
                .filter(l -> next.isEmpty() || l.id() == next.get())
                .findFirst()
                .orElse(null);
    }
}
