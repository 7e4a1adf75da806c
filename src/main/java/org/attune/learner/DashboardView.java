package org.attune.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleSummary;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ProgressService;
import org.attune.quiz.AttemptService;
import org.attune.quiz.QuizOverview;
import org.attune.web.Texts;

/** The learner's dashboard ({@code /dashboard}, "My learning"): every module with lessons, post-test and completion. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentAccount me;

    /** One module as the dashboard shows it; quiz is null for a module without a post-test. */
    public record Row(ModuleSummary module, ModuleProgress lessons, QuizOverview quiz, boolean complete)
            implements Serializable {

        public String postTest() {
            if (quiz == null) {
                return Texts.text("learn.dashboard.noPostTest");
            }
            if (quiz.passed()) {
                return Texts.text("quiz.passed");
            }
            if (quiz.openAttemptId() != null) {
                return Texts.text("learn.dashboard.inProgress");
            }
            if (quiz.history().isEmpty()) {
                return Texts.text(lessons.lessonsComplete() ? "learn.dashboard.ready" : "learn.dashboard.opensLater");
            }
            int best = quiz.history().stream()
                    .mapToInt(QuizOverview.Past::percent)
                    .max()
                    .orElse(0);
            return Texts.text("learn.dashboard.best", best);
        }
    }

    private List<Row> rows;

    /**
     * No transaction: what the page reads comes from the published catalog and the learner's cached standing, so a
     * warm view runs no SQL at all.
     */
    public void load() {
        long learner = me.id().orElseThrow(() -> new IllegalStateException("The dashboard needs a signed-in learner"));
        var standing = progress.standing(learner);
        rows = new ArrayList<>();
        for (var module : catalog.publishedModules()) {
            standing.module(module.slug())
                    .ifPresent(inModule -> rows.add(new Row(
                            module,
                            inModule.lessons(),
                            inModule.hasPostTest()
                                    ? attempts.overview(learner, inModule).orElse(null)
                                    : null,
                            inModule.complete())));
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getCompleteCount() {
        return rows.stream().filter(Row::complete).count();
    }

    public BigDecimal getEarnedHours() {
        return rows.stream()
                .filter(Row::complete)
                .map(r -> r.module().ceHours())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
