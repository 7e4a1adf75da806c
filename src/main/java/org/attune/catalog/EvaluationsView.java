package org.attune.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.content.CourseDefinition;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;

/**
 * Course evaluations in aggregate ({@code /evaluations}): never one learner's answers. An admin sees every course's;
 * an instructor only those of the courses they teach (free-text answers included).
 */
@Named
@RequestScoped
public class EvaluationsView {

    /** One course's evaluation questions and what learners answered, together. */
    public record Report(CourseDefinition course, EvaluationService.Summary summary) {

        /** "Average 4.5" ("Promedio: 4,5"), to one decimal in the page's language. */
        public String average(String id) {
            var average = summary.averageRatings().get(id);
            return average == null
                    ? Texts.text("learn.evaluations.noAverage")
                    : Texts.text("learn.evaluations.average", average);
        }
    }

    @Inject
    EvaluationService evaluations;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentAccount me;

    private List<Report> reports;

    public void load() throws IOException {
        if (!me.isTeaching()) {
            Faces.responseSendError(403, "Evaluations are for instructors and admins.");
            return;
        }
        var everyCourse = me.hasRole(Role.admin);
        var taught =
                everyCourse ? Set.<String>of() : catalog.coursesTaughtBy(me.id().orElseThrow());
        reports = catalog.courses().stream()
                .map(CourseSummary::slug)
                .filter(Objects::nonNull)
                .filter(slug -> everyCourse || taught.contains(slug))
                .map(slug -> new Report(catalog.course(slug).orElseThrow(), evaluations.summary(slug)))
                .toList();
    }

    public List<Report> getReports() {
        return reports;
    }
}
