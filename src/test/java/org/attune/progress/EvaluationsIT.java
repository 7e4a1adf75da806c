package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CourseEditing;
import org.attune.catalog.EvaluationService;
import org.attune.content.TestModules;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Course evaluations, free text included, reach the course's own instructors and admins, and nobody else. */
@ExtendWith(ArquillianExtension.class)
class EvaluationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    CourseEditing teaching;

    @Inject
    ContentImporter importer;

    @Inject
    EvaluationService evaluations;

    @Test
    void aCoursesEvaluationsAreSeenByItsInstructorsAndAdminsButNotByAnotherCoursesInstructor() throws Exception {
        var evaluated = TestModules.importCourse(importer, "evaluated-" + suffix(), "auto");
        var elsewhere = TestModules.importCourse(importer, "elsewhere-" + suffix(), "auto");
        var learnerEmail = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Eva Luator", learnerEmail);
        var comment = "I will slow down, said learner " + suffix();
        evaluations.submit(
                accounts.findByEmail(learnerEmail).orElseThrow().getId(),
                evaluated,
                Map.of("objectives", "5", "change", comment));
        var own = Clinicians.signedInInstructor(accounts, teaching, app, "Owen Own", evaluated);
        var other = Clinicians.signedInInstructor(accounts, teaching, app, "Olga Other", elsewhere);
        var admin = Clinicians.signedInAdmin(accounts, app);

        assertThat(own.page("evaluations").select("main").text())
                .contains("Course " + evaluated + ": 1 response")
                .as("one response is singular")
                .doesNotContain(": 1 responses")
                .contains(comment)
                .doesNotContain("Course " + elsewhere);
        assertThat(other.page("evaluations").select("main").text())
                .contains("Course " + elsewhere + ": 0 responses")
                .doesNotContain("Course " + evaluated)
                .doesNotContain(comment);
        assertThat(admin.page("evaluations").select("main").text())
                .contains("Course " + evaluated + ": 1 response")
                .contains(comment)
                .contains("Course " + elsewhere);
    }

    @Test
    void anInstructorWhoTeachesNothingSeesNoEvaluations() throws Exception {
        var evaluated = TestModules.importCourse(importer, "untaught-" + suffix(), "auto");
        var idle = Clinicians.signedInInstructor(accounts, teaching, app, "Ida Idle");

        var page = idle.page("evaluations");

        assertThat(page.select("main").text())
                .contains("You teach no course with published modules yet.")
                .doesNotContain("Course " + evaluated);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
