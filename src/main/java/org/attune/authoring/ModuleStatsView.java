package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.attune.catalog.CatalogService;
import org.attune.progress.ModuleReach;
import org.attune.progress.ProgressService;
import org.attune.quiz.QuestionStatistics;
import org.attune.quiz.QuizStatistics;
import org.attune.quiz.QuizStatisticsService;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * A module's figures for its authors ({@code /author/stats/{slug}}): learners enrolled and completed, post-test
 * attempts and pass rate, and each question's share right with the wrong answer most chosen, charted worst first
 * so that a question that misleads stands out.
 */
@Named
@ViewScoped
public class ModuleStatsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Authors authors;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    QuizStatisticsService quizzes;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    private String title;
    private ModuleReach reach;
    private QuizStatistics quiz;

    public void load() throws IOException {
        var module = slug == null ? null : catalog.module(slug).orElse(null);
        if (module == null) {
            Faces.responseSendError(404, "There is no published module at this address.");
            return;
        }
        if (!authors.mayAuthorModule(slug)) {
            Faces.responseSendError(403, "Only the course's instructors and admins see its statistics.");
            return;
        }
        title = module.title();
        reach = progress.reach(slug);
        quiz = quizzes.statistics(slug).orElse(null);
    }

    /** The questions, worst share right first. */
    public List<QuestionStatistics.Stats> getQuestions() {
        return quiz == null
                ? List.of()
                : quiz.questions().stream()
                        .sorted(Comparator.comparingInt(QuestionStatistics.Stats::percentCorrect)
                                .thenComparing(s -> -s.answered()))
                        .toList();
    }

    /** A Chart.js horizontal bar chart of the share right per answered question, worst first; red below 50 %. */
    public String getChart() {
        var labels = Json.createArrayBuilder();
        var values = Json.createArrayBuilder();
        var colours = Json.createArrayBuilder();
        for (var q : getQuestions()) {
            if (q.answered() == 0) {
                continue;
            }
            labels.add(shorten(q.prompt()));
            values.add(q.percentCorrect());
            colours.add(q.needsReview() ? "#b42318" : "#0f5f73");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "% answered right")
                                                        .add("data", values)
                                                        .add("backgroundColor", colours))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100)))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString()
                // Written into a <script>: a question prompt such as "</script><script>…" must stay inside the string.
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    /** Room for the chart: a bar a question. */
    public int getChartHeight() {
        return 60
                + 34
                        * (int) getQuestions().stream()
                                .filter(q -> q.answered() > 0)
                                .count();
    }

    /** What the chart shows, for screen readers (the table below carries every figure). */
    public String getChartSummary() {
        var review = getQuestions().stream()
                .filter(QuestionStatistics.Stats::needsReview)
                .count();
        return Texts.text("author.stats.chartSummary", review);
    }

    private static String shorten(String prompt) {
        return prompt.length() <= 60 ? prompt : prompt.substring(0, 57) + "…";
    }

    public boolean isAnyAttempts() {
        return quiz != null && quiz.attempts() > 0;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public ModuleReach getReach() {
        return reach;
    }

    public QuizStatistics getQuiz() {
        return quiz;
    }

    public int getReviewBelow() {
        return QuestionStatistics.REVIEW_BELOW_PERCENT;
    }
}
