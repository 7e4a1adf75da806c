package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.content.ContentImporter;
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

/** Granting accommodations through the page: admins and instructors may, clinicians may not. */
@ExtendWith(ArquillianExtension.class)
class AccommodationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    QuizService quizzes;

    @Inject
    ContentImporter importer;

    @Test
    void anAdminGrantsExtraAttemptsThatTheLearnerHasAtOnce() throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = "accommodate-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(TestModules.write(root, slug, 2).resolve("quiz.yaml"), TestModules.quizYaml());
        importer.importFrom(root);
        var adminEmail = Clinicians.newEmail();
        accounts.ensureAdmin(adminEmail, "Ada Admin", Clinicians.PASSWORD.toCharArray());
        var learnerEmail = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Lou Learner", learnerEmail);
        long learner = accounts.findByEmail(learnerEmail).orElseThrow().getId();
        var before = quizzes.overview(learner, slug).orElseThrow();

        var admin = new PageClient(app);
        Clinicians.signIn(admin, adminEmail, Clinicians.PASSWORD);
        var page = admin.page("accommodations");
        var granted = admin.submit(
                page,
                "accommodations",
                Map.of(
                        "learner",
                        learnerEmail,
                        "module_input",
                        slug,
                        "multiplier_input",
                        "2",
                        "multiplier_hinput",
                        "2",
                        "extra_input",
                        "2"),
                "grant");

        assertThat(granted.select(".ui-messages-info").text()).contains("Granted to Lou Learner");
        assertThat(granted.select(".granted-table").text())
                .contains(learnerEmail)
                .contains(adminEmail);
        var after = quizzes.overview(learner, slug).orElseThrow();
        assertThat(before.attemptsAllowed()).isEqualTo(3);
        assertThat(after.attemptsAllowed()).isEqualTo(5);
        assertThat(before.timeLimitMinutes()).isEqualTo(20);
        assertThat(after.timeLimitMinutes()).isEqualTo(40);
    }

    @Test
    void aClinicianCannotOpenOrPostToTheAccommodationsPage() throws Exception {
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Cal Clinician", Clinicians.newEmail());

        assertThat(clinician.get("accommodations").statusCode()).isEqualTo(403);
        assertThat(clinician
                        .postForm("accommodations", Map.of("accommodations:grant", ""))
                        .statusCode())
                .isEqualTo(403);
    }
}
