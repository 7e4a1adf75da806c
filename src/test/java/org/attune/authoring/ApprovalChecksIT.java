package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseEditing;
import org.attune.ce.ApprovalCheck.Outcome;
import org.attune.content.CourseApproval;
import org.attune.content.ModuleDefinition;
import org.attune.content.TestModules;
import org.attune.testing.Clinicians;
import org.attune.testing.Courses;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The approvals a course holds, checked when its modules are imported and as the compliance page shows them. */
@ExtendWith(ArquillianExtension.class)
class ApprovalChecksIT {

    private static final String APA_HOME_STUDY = """
            approvals:
              - body: apa
                number: "APA-IT-1"
                validFrom: 2026-01-01
                validTo: 2027-12-31
                format: "home study"
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    ApprovalChecks checks;

    @Inject
    CourseEditing editing;

    @Inject
    AccountService accounts;

    @ArquillianResource
    URL app;

    private String apaCourse() throws Exception {
        var slug = unique();
        var root = Files.createTempDirectory("modules");
        Files.writeString(root.resolve("course.yaml"), TestModules.courseYaml(slug, "auto") + APA_HOME_STUDY);
        Files.writeString(TestModules.write(root, slug + "-a", 2).resolve("quiz.yaml"), TestModules.quizYaml());
        importer.importFrom(root);
        return slug;
    }

    private HttpResponse<String> publish(PageClient admin, String module) throws Exception {
        return admin.send(HttpRequest.newBuilder(URI.create(app + "api/authoring/modules/" + module + "/publish"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    @Test
    void publishingADraftUnderAnApaApprovalWithFourQuestionsPerCreditGoesAheadWithTheWarning() throws Exception {
        var course = apaCourse();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var module = course + "-a";
        var export = admin.getBytes("api/authoring/modules/" + module + ".zip");
        var definition = UploadedArchive.read(new ByteArrayInputStream(export.body()), Files.createTempDirectory("x"));
        var renamed = new ModuleDefinition(
                module,
                "Renamed",
                definition.order(),
                definition.ceHours(),
                definition.summary(),
                definition.objectives(),
                definition.references(),
                definition.lessons(),
                definition.quiz());
        assertThat(Courses.importZip(admin, app, module, null, ModuleArchive.export(renamed))
                        .statusCode())
                .isEqualTo(200);

        var published = publish(admin, module);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body())
                .contains("American Psychological Association: 4 post-test questions per credit (4 questions for 1"
                        + " credits); 6 to 8 per credit.");
        assertThat(catalog.module(module).orElseThrow().title()).isEqualTo("Renamed");
    }

    @Test
    void publishingAHomeStudyModuleWithoutAPostTestUnderAnApaApprovalIsRefusedWithTheRule() throws Exception {
        var course = apaCourse();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var module = course + "-b";
        var root = Files.createTempDirectory("zip");
        var folder = TestModules.write(root, module, 2);
        var definition = org.attune.content.ModuleFolderReader.read(folder);
        assertThat(Courses.importZip(admin, app, module, course, ModuleArchive.export(definition))
                        .statusCode())
                .isEqualTo(200);

        var refused = publish(admin, module);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("American Psychological Association: 1 of 2 modules have no post-test; every module needs"
                        + " one with an answer key.");
        assertThat(catalog.modulesOf(course)).extracting(m -> m.slug()).containsExactly(course + "-a");
    }

    private static String unique() {
        return "apr-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anApaHomeStudyModuleWithoutAPostTestIsNotPublishedWhileOneWithAPostTestIs() throws Exception {
        var slug = unique();
        var root = Files.createTempDirectory("modules");
        Files.writeString(root.resolve("course.yaml"), TestModules.courseYaml(slug, "auto") + APA_HOME_STUDY);
        Files.writeString(TestModules.write(root, slug + "-a", 2).resolve("quiz.yaml"), TestModules.quizYaml());
        TestModules.write(root, slug + "-b", 2);

        importer.importFrom(root);

        assertThat(catalog.modulesOf(slug)).extracting(m -> m.slug()).containsExactly(slug + "-a");
        assertThat(catalog.course(slug).orElseThrow().approvals())
                .extracting(CourseApproval::number)
                .containsExactly("APA-IT-1");
    }

    @Test
    void fourPostTestQuestionsForOneApaCreditPublishWithAWarningTheComplianceCheckShows() throws Exception {
        var slug = unique();
        var root = Files.createTempDirectory("modules");
        Files.writeString(root.resolve("course.yaml"), TestModules.courseYaml(slug, "auto") + APA_HOME_STUDY);
        Files.writeString(TestModules.write(root, slug + "-a", 2).resolve("quiz.yaml"), TestModules.quizYaml());

        importer.importFrom(root);

        assertThat(catalog.modulesOf(slug)).hasSize(1);
        var check = checks.ofCourse(slug).get(0);
        assertThat(check.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(check.credits()).isEqualByComparingTo("1");
        assertThat(check.warnings())
                .containsExactly("American Psychological Association: 4 post-test questions per credit (4 questions"
                        + " for 1 credits); 6 to 8 per credit.");
    }

    @Test
    void anApprovalByAnUnknownBodyStopsTheCourseImport() throws Exception {
        var slug = unique();
        var root = Files.createTempDirectory("modules");
        Files.writeString(
                root.resolve("course.yaml"),
                TestModules.courseYaml(slug, "auto") + APA_HOME_STUDY.replace("body: apa", "body: camft"));

        importer.importFrom(root);

        assertThat(catalog.course(slug)).isEmpty();
    }

    @Test
    void approvalsAnAdminEnteredStandWhenCourseYamlChanges() throws Exception {
        var slug = unique();
        var root = Files.createTempDirectory("modules");
        Files.writeString(root.resolve("course.yaml"), TestModules.courseYaml(slug, "auto"));
        Files.writeString(TestModules.write(root, slug + "-a", 2).resolve("quiz.yaml"), TestModules.quizYaml());
        importer.importFrom(root);
        var entered = new CourseApproval(
                "nbcc", "ACEP-IT", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), "home study");

        assertThat(editing.replaceApprovals(
                        slug, List.of(entered), catalog.courseVersion(slug).orElseThrow()))
                .isTrue();
        Files.writeString(
                root.resolve("course.yaml"),
                TestModules.courseYaml(slug, "auto").replace("A course written by a test.", "Changed."));
        importer.importFrom(root);

        var course = catalog.course(slug).orElseThrow();
        assertThat(course.summary()).isEqualTo("Changed.");
        assertThat(course.approvals()).containsExactly(entered);
        assertThat(checks.ofCourse(slug).get(0).outcome()).isEqualTo(Outcome.PASSED);
    }
}
