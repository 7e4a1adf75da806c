package org.attune.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseSummary;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ProgressRules;
import org.attune.progress.ProgressService;
import org.attune.quiz.QuizService;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** The catalog ({@code /}): every course and its modules, and for a signed-in learner their progress in each. */
@Named
@RequestScoped
public class CatalogView {

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    QuizService quizzes;

    @Inject
    CurrentAccount me;

    /** Set when the address has more after {@code /} than the catalog: an unknown page. */
    @Inject
    @Param(pathIndex = 0)
    String unknownPath;

    private List<CourseSummary> courses;
    private Map<String, ModuleProgress> progressByModule = Map.of();
    private Set<Long> withQuiz = Set.of();
    private Set<Long> passed = Set.of();
    private Map<String, Long> ids = Map.of();

    /** One transaction for everything the page reads (each service call would otherwise start its own). */
    @Transactional
    public void load() throws IOException {
        if (unknownPath != null) {
            Faces.responseSendError(404, "There is no page at this address.");
            return;
        }
        courses = catalog.courses();
        var accountId = me.id();
        if (accountId.isPresent()) {
            progressByModule = progress.progressByModule(accountId.get());
            ids = catalog.moduleIds();
            withQuiz = quizzes.modulesWithQuiz();
            passed = quizzes.passedModuleIds(accountId.get());
        }
    }

    /** The courses with their modules; modules of no course come last, as a course whose slug is null. */
    public List<CourseSummary> getCourses() {
        return courses;
    }

    public ModuleProgress progressOf(String moduleSlug) {
        return progressByModule.getOrDefault(moduleSlug, ModuleProgress.NONE);
    }

    public boolean isComplete(String moduleSlug) {
        var id = ids.get(moduleSlug);
        return ProgressRules.moduleComplete(progressOf(moduleSlug), withQuiz.contains(id), passed.contains(id));
    }
}
