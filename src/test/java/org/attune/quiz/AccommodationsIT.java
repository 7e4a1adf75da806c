package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.attune.account.AccountService;
import org.attune.authoring.ContentImporter;
import org.attune.catalog.CourseEditing;
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
    AttemptService quizzes;

    @Inject
    ContentImporter importer;

    @Inject
    AccommodationService accommodations;

    @Inject
    CourseEditing teaching;

    @Test
    void anAdminGrantsExtraAttemptsThatTheLearnerHasAtOnce() throws Exception {
        var root = Files.createTempDirectory("modules");
        var slug = "accommodate-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(TestModules.write(root, slug, 2).resolve("quiz.yaml"), TestModules.quizYaml());
        importer.importFrom(root);
        var adminEmail = Clinicians.newEmail();
        accounts.ensureAdmin(adminEmail, "Ada Admin", Clinicians.PASSWORD.toCharArray());
        Clinicians.giveSecondFactor(accounts, adminEmail);
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
    void anInstructorGrantsOnlyForTheCoursesTheyTeachAndNeverToThemselves() throws Exception {
        var taught = TestModules.importCourse(importer, "taught-" + suffix(), "auto");
        var other = TestModules.importCourse(importer, "other-" + suffix(), "auto");
        var instructorEmail = Clinicians.newEmail();
        var instructor = Clinicians.signedInInstructorAs(accounts, teaching, app, instructorEmail, "Ivo Tutor", taught);
        var learnerEmail = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Lina Learner", learnerEmail);
        long learner = accounts.findByEmail(learnerEmail).orElseThrow().getId();
        long self = accounts.findByEmail(instructorEmail).orElseThrow().getId();

        var page = instructor.page("accommodations");
        assertThat(page.select("[id=accommodations:module_input] option").eachAttr("value"))
                .contains(taught + "-m")
                .doesNotContain(other + "-m");
        var forOther = instructor.submit(page, "accommodations", grant(learnerEmail, other + "-m"), "grant");
        var forSelf = instructor.submit(
                instructor.page("accommodations"), "accommodations", grant(instructorEmail, taught + "-m"), "grant");
        var forLearner = instructor.submit(
                instructor.page("accommodations"), "accommodations", grant(learnerEmail, taught + "-m"), "grant");

        assertThat(forOther.select(".ui-messages-info")).isEmpty();
        assertThat(quizzes.overview(learner, other + "-m").orElseThrow().attemptsAllowed())
                .isEqualTo(3);
        assertThat(forSelf.select(".ui-messages-error").text())
                .startsWith("You cannot grant yourself an accommodation");
        assertThat(quizzes.overview(self, taught + "-m").orElseThrow().attemptsAllowed())
                .isEqualTo(3);
        assertThat(forLearner.select(".ui-messages-info").text()).contains("Granted to Lina Learner");
        assertThat(quizzes.overview(learner, taught + "-m").orElseThrow().attemptsAllowed())
                .isEqualTo(5);
        var refused = Assertions.catchThrowableOfType(
                () -> accommodations.grant(instructorEmail, learner, other + "-m", BigDecimal.ONE, 2),
                QuizRefusal.class);
        assertThat(refused).hasMessageContaining("only for the courses you teach");
    }

    @Test
    void anInstructorSeesOnlyTheGrantsOfTheCoursesTheyTeachAndAnAdminSeesAll() throws Exception {
        var taught = TestModules.importCourse(importer, "seen-" + suffix(), "auto");
        var other = TestModules.importCourse(importer, "unseen-" + suffix(), "auto");
        var instructor = Clinicians.signedInInstructor(accounts, teaching, app, "Vera Viewer", taught);
        var admin = Clinicians.signedInAdmin(accounts, app);
        var inTaught = Clinicians.newEmail();
        var inOther = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Tia Taught", inTaught);
        Clinicians.signUp(new PageClient(app), "Otto Other", inOther);
        accommodations.grant(
                "it-admin@attune.test",
                accounts.findByEmail(inTaught).orElseThrow().getId(),
                taught + "-m",
                BigDecimal.ONE,
                1);
        accommodations.grant(
                "it-admin@attune.test",
                accounts.findByEmail(inOther).orElseThrow().getId(),
                other + "-m",
                BigDecimal.ONE,
                1);

        assertThat(instructor.page("accommodations").select(".granted-table").text())
                .contains(inTaught)
                .doesNotContain(inOther);
        assertThat(admin.page("accommodations").select(".granted-table").text())
                .contains(inTaught)
                .contains(inOther);
    }

    private static Map<String, String> grant(String learnerEmail, String module) {
        return Map.of(
                "learner", learnerEmail,
                "module_input", module,
                "multiplier_input", "1",
                "multiplier_hinput", "1",
                "extra_input", "2");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
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
