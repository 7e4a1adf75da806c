package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseEditing;
import org.attune.catalog.EvaluationService;
import org.attune.certificate.CertificateService;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.TestModules;
import org.attune.progress.ProgressService;
import org.attune.quiz.AttemptService;
import org.attune.quiz.TestQuizzes;
import org.attune.testing.Clinicians;
import org.attune.testing.Courses;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.Fixtures.TestCourse;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Author area's rules on the real server: who may author what (page, form and API alike), drafts that
 * learners never see, hostile Markdown kept as written but shown sanitized, concurrent saves that never overwrite
 * each other, and republication that keeps learners' progress and certificates.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

    private static final String HOSTILE = "Safe words.\n\n<script>alert('stolen')</script>\n\n"
            + "<img src=x onerror=\"alert('again')\">\n\n[Click me](javascript:alert('link'))";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    ContentImporter importer;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    CourseEditing teaching;

    @Inject
    Authors authors;

    @Inject
    DraftAuthoring drafts;

    @Inject
    ProgressService progress;

    @Inject
    AttemptService quizzes;

    @Inject
    EvaluationService evaluations;

    @Inject
    CertificateService certificates;

    @Test
    void aClinicianReachesNoAuthoringPageFormOrApi() throws Exception {
        var course = course();
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Cora Clinician", Clinicians.newEmail());

        for (var page : new String[] {
            "author",
            "author/course/" + course.slug(),
            "author/module/" + course.module(),
            "author/lesson/" + course.module() + "/lesson-one",
            "author/question/" + course.module() + "/q1",
            "author/stats/" + course.module()
        }) {
            assertThat(clinician.get(page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(clinician
                        .postForm("author/module/" + course.module(), Map.of("details:save", "", "details:title", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(clinician
                        .getBytes("api/authoring/modules/" + course.module() + ".zip")
                        .statusCode())
                .isEqualTo(403);
        assertThat(publish(clinician, course.module()).statusCode()).isEqualTo(403);
        assertThat(catalog.module(course.module()).orElseThrow().title()).isEqualTo("Module " + course.module());
    }

    @Test
    void anInstructorAuthorsOnlyTheCoursesTheyTeach() throws Exception {
        var own = course();
        var other = course();
        var instructor = Clinicians.signedInInstructor(accounts, teaching, app, "Ivy Instructor", own.slug());

        var author = instructor.page("author");
        assertThat(author.select("h2.panel-title").eachText())
                .contains("Course " + own.slug())
                .doesNotContain("Course " + other.slug());
        assertThat(instructor.get("author/module/" + own.module()).statusCode()).isEqualTo(200);
        assertThat(instructor.get("author/module/" + other.module()).statusCode())
                .isEqualTo(403);
        assertThat(instructor.get("author/course/" + other.slug()).statusCode()).isEqualTo(403);
        assertThat(instructor
                        .getBytes("api/authoring/modules/" + other.module() + ".zip")
                        .statusCode())
                .isEqualTo(403);
        var admin = Clinicians.signedInAdmin(accounts, app);
        var zip = admin.getBytes("api/authoring/modules/" + other.module() + ".zip")
                .body();
        assertThat(Courses.importZip(instructor, app, other.module(), null, zip).statusCode())
                .isEqualTo(403);
        assertThat(publish(instructor, other.module()).statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> drafts.startDraft(other.module()))
                .as("the service refuses whoever is not an author, whatever page or request calls it")
                .isInstanceOf(NotAnAuthorException.class);
    }

    @Test
    void anInstructorOfAnotherCourseIsRefusedBeforeTheirZipIsRead() throws Exception {
        var own = course();
        var other = course();
        var instructor = Clinicians.signedInInstructor(accounts, teaching, app, "Olga Other", own.slug());
        var hostile = TestModules.zip(
                other.module() + "/module.yaml",
                TestModules.hostileModuleYaml(other.module()),
                other.module() + "/lessons/01-lesson-one.md",
                TestModules.lesson("Lesson 1", "Text."));

        var refused = Courses.importZip(instructor, app, other.module(), null, hostile);
        var intoANewModuleOfTheirCourse =
                Courses.importZip(instructor, app, "brand-new-" + other.module(), other.slug(), hostile);

        assertThat(refused.statusCode())
                .as("refused for the address, before the module.yaml that would exhaust the server is read")
                .isEqualTo(403);
        assertThat(refused.body()).doesNotContain("YAML").doesNotContain("Not imported");
        assertThat(intoANewModuleOfTheirCourse.statusCode()).isEqualTo(403);
        assertThat(authors.courseOf("brand-new-" + other.module())).isEmpty();
        assertThat(catalog.module(other.module()).orElseThrow().title()).isEqualTo("Module " + other.module());
    }

    @Test
    void aDraftIsInvisibleToLearnersUntilPublished() throws Exception {
        var course = course();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var edited = edit(exported(admin, course.module()), "Lesson 1", "A draft sentence no learner has seen.");
        assertThat(Courses.importZip(admin, app, course.module(), null, ModuleArchive.export(edited))
                        .statusCode())
                .isEqualTo(200);

        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Lena Learner", Clinicians.newEmail());
        assertThat(learner.get("learn/" + course.module() + "/lesson-one").body())
                .doesNotContain("A draft sentence");
        assertThat(admin.page("author/module/" + course.module())
                        .select(".status-panel")
                        .text())
                .contains("Learners see revision 1")
                .contains("Draft");

        assertThat(publish(admin, course.module()).statusCode()).isEqualTo(200);

        assertThat(learner.get("learn/" + course.module() + "/lesson-one").body())
                .contains("A draft sentence");
    }

    @Test
    void hostileMarkdownIsStoredAsWrittenButAlwaysRenderedSanitized() throws Exception {
        var course = course();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var hostile = edit(exported(admin, course.module()), "Lesson 1", HOSTILE);
        Courses.importZip(admin, app, course.module(), null, ModuleArchive.export(hostile));

        var editor = admin.page("author/lesson/" + course.module() + "/lesson-one");
        assertThat(editor.select("textarea[id=lesson:markdown]").text())
                .as("the author sees their text as written")
                .contains("<script>alert('stolen')</script>");
        assertSanitized(editor.select("[id=lesson:preview]").html());

        assertThat(publish(admin, course.module()).statusCode()).isEqualTo(200);
        assertThat(catalog.definitionOf(course.module())
                        .orElseThrow()
                        .lessons()
                        .get(0)
                        .markdown())
                .as("stored as written")
                .contains("<script>alert('stolen')</script>");
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Lars Learner", Clinicians.newEmail());
        var lesson = learner.page("learn/" + course.module() + "/lesson-one");
        assertThat(lesson.select(".lesson-body").text()).contains("Safe words.");
        assertSanitized(lesson.select(".lesson-body").html());
    }

    @Test
    void theSecondOfTwoConcurrentSavesOfALessonIsRefusedAndOverwritesNothing() throws Exception {
        var course = course();
        var admin = Clinicians.signedInAdmin(accounts, app);
        Courses.importZip(
                admin,
                app,
                course.module(),
                null,
                admin.getBytes("api/authoring/modules/" + course.module() + ".zip")
                        .body());
        var first = Clinicians.signedInInstructor(accounts, teaching, app, "Fay First", course.slug());
        var second = Clinicians.signedInInstructor(accounts, teaching, app, "Sam Second", course.slug());
        var path = "author/lesson/" + course.module() + "/lesson-one";
        var firstPage = first.page(path);
        var secondPage = second.page(path);

        var saved = first.clickAjax(
                firstPage, "lesson", "save", Map.of("title", "Lesson 1", "minutes", "5", "markdown", "First's text."));
        var refused = second.clickAjax(
                secondPage,
                "lesson",
                "save",
                Map.of("title", "Lesson 1", "minutes", "5", "markdown", "Second's text."));

        assertThat(saved).contains("Saved in the draft");
        assertThat(refused).contains("saved this lesson after you opened it");
        assertThat(refused)
                .as("the refused author's text stays in their editor")
                .contains("Second&#39;s text.");
        assertThat(admin.page(path).select("textarea[id=lesson:markdown]").text())
                .isEqualTo("First's text.");
    }

    @Test
    void aSaveIntoADraftPublishedMeanwhileIsRefusedOnThePageAndChangesNothing() throws Exception {
        var course = course();
        var admin = Clinicians.signedInAdmin(accounts, app);
        Courses.importZip(
                admin,
                app,
                course.module(),
                null,
                admin.getBytes("api/authoring/modules/" + course.module() + ".zip")
                        .body());
        var modulePage = admin.page("author/module/" + course.module());
        var lessonPage = admin.page("author/lesson/" + course.module() + "/lesson-one");
        assertThat(publish(admin, course.module()).statusCode()).isEqualTo(200);

        var details = Courses.filled(modulePage, "details");
        details.put("title", "A title typed too late");
        var detailsAnswer = admin.clickAjax(modulePage, "details", "save", details, "details module");
        var lessonAnswer = admin.clickAjax(
                lessonPage, "lesson", "save", Map.of("title", "Lesson 1", "minutes", "5", "markdown", "Too late."));

        for (var answer : new String[] {detailsAnswer, lessonAnswer}) {
            assertThat(answer)
                    .as("the author is told why, on the page they are on")
                    .contains("has no draft now")
                    .doesNotContain("Something went wrong");
        }
        assertThat(catalog.module(course.module()).orElseThrow().title()).isEqualTo("Module " + course.module());
        assertThat(catalog.definitionOf(course.module())
                        .orElseThrow()
                        .lessons()
                        .get(0)
                        .markdown())
                .doesNotContain("Too late.");
        var publishedAgain = publish(admin, course.module());
        assertThat(publishedAgain.statusCode())
                .as("a script is told there is no draft, in JSON")
                .isEqualTo(404);
        assertThat(publishedAgain.body()).contains("has no draft now");
    }

    @Test
    void republishingKeepsLearnersProgressAndCertificatesNamingTheRevisionTheyCompleted() throws Exception {
        var course = course();
        long finished = fixtures.learner("Farah Finished");
        long midway = fixtures.learner("Milo Midway");
        var lessonIds = catalog.module(course.module()).orElseThrow().lessonIds();
        lessonIds.forEach(id -> progress.markComplete(finished, id));
        var attempt = quizzes.startOrResume(finished, course.module());
        TestQuizzes.answerAllCorrectly(quizzes, finished, attempt);
        quizzes.submit(finished, attempt.attemptId());
        evaluations.submit(finished, course.slug(), Map.of("objectives", "5", "change", "Listen longer."));
        var certificate = certificates
                .claim(finished, course.slug(), "https://attune.example.org")
                .orElseThrow();
        progress.markComplete(midway, lessonIds.get(0));

        var admin = Clinicians.signedInAdmin(accounts, app);
        var module = exported(admin, course.module());
        var lessons = new ArrayList<>(module.lessons());
        lessons.set(1, new LessonDefinition("lesson-two", 2, "Lesson 2", 5, "Rewritten second lesson."));
        lessons.add(new LessonDefinition("lesson-three", 3, "Lesson 3", 5, "A new third lesson."));
        Courses.importZip(admin, app, course.module(), null, ModuleArchive.export(withLessons(module, lessons)));
        var published = Json.createReader(
                        new StringReader(publish(admin, course.module()).body()))
                .readObject();
        assertThat(published.getInt("revision")).isEqualTo(2);

        assertThat(certificates
                        .find(certificate.getCode())
                        .orElseThrow()
                        .snapshot()
                        .contentRevisions())
                .isEqualTo("Module " + course.module() + ", revision 1");
        assertThat(certificates.checklist(finished, course.slug()).orElseThrow().complete())
                .as("completing revision 1 still counts")
                .isTrue();
        var midwayProgress =
                progress.standing(midway).module(course.module()).orElseThrow().lessons();
        assertThat(midwayProgress.completed()).isEqualTo(1);
        assertThat(midwayProgress.total()).isEqualTo(3);

        long later = fixtures.learner("Lou Later");
        fixtures.completeLessons(later, course.module());
        var second = quizzes.startOrResume(later, course.module());
        TestQuizzes.answerAllCorrectly(quizzes, later, second);
        quizzes.submit(later, second.attemptId());
        evaluations.submit(later, course.slug(), Map.of("objectives", "4", "change", "Pause more."));
        assertThat(certificates
                        .claim(later, course.slug(), "https://attune.example.org")
                        .orElseThrow()
                        .snapshot()
                        .contentRevisions())
                .isEqualTo("Module " + course.module() + ", revision 2");
    }

    @Test
    void theModulesAuthorsSeeEnrolmentsPassRateAndEachQuestionsFigures() throws Exception {
        // A prompt that would end the chart's script and start another, were it written into the page as is.
        var hostile = "</script><script>alert('stats')</script> What comes first?";
        var course = course(TestModules.quizYaml()
                .replace("\"A client's voice drops and slows. What comes first?\"", "\"" + hostile + "\""));
        var instructor = Clinicians.signedInInstructor(accounts, teaching, app, "Stella Stats", course.slug());
        assertThat(instructor
                        .page("author/stats/" + course.module())
                        .select(".empty")
                        .text())
                .contains("No learner has submitted the post-test yet");

        long learner = fixtures.learner("Percy Passed");
        fixtures.completeLessons(learner, course.module());
        var attempt = quizzes.startOrResume(learner, course.module());
        TestQuizzes.answerAllCorrectly(quizzes, learner, attempt);
        quizzes.submit(learner, attempt.attemptId());

        var stats = instructor.page("author/stats/" + course.module());
        assertThat(stats.select(".figures").text())
                .contains("Enrolled 1")
                .contains("Completed 1")
                .contains("Post-test attempts 1")
                .contains("Pass rate 100%");
        assertThat(stats.select("[id=questions] tbody tr")).isNotEmpty();
        assertThat(stats.select("[id=questions]").text()).contains("100%");
        assertThat(stats.select("canvas, [id=chart]")).as("the chart").isNotEmpty();
        assertThat(stats.select("[id=questions]").text()).contains(hostile);
        assertThat(stats.select("script").stream().map(e -> e.data()))
                .as("the chart's data stays inside its script")
                .noneMatch(script -> script.contains("alert('stats')") && !script.contains("\\u003c/script"));
        assertThat(instructor.get("author/stats/" + course.module()).body()).doesNotContain(hostile);
        var other = Clinicians.signedInInstructor(accounts, teaching, app, "Oscar Other", course().slug());
        assertThat(other.get("author/stats/" + course.module()).statusCode()).isEqualTo(403);
    }

    @Test
    void onlyAnAdminSwitchesACourseToIssueAtOnceAndTheChoiceOutlivesAChangedCourseYaml() throws Exception {
        var root = Files.createTempDirectory("course");
        var slug = "issued-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(root.resolve("course.yaml"), TestModules.courseYaml(slug, "approval"));
        TestModules.write(root, slug + "-m", 1);
        importer.importFrom(root);
        var instructor = Clinicians.signedInInstructor(accounts, teaching, app, "Ike Issuer", slug);
        var page = instructor.page("author/course/" + slug);
        assertThat(page.select(".hint").text()).contains("Only an admin decides whether certificates skip approval.");

        var forged = Courses.filled(page, "course");
        forged.put("autoIssue_input", "on");
        instructor.clickAjax(page, "course", "save", forged);
        assertThat(catalog.course(slug).orElseThrow().autoIssue())
                .as("an instructor's switch changes nothing")
                .isFalse();

        var admin = Clinicians.signedInAdmin(accounts, app);
        var adminPage = admin.page("author/course/" + slug);
        var chosen = Courses.filled(adminPage, "course");
        chosen.put("autoIssue_input", "on");
        assertThat(admin.clickAjax(adminPage, "course", "save", chosen)).contains("Course saved");
        assertThat(catalog.course(slug).orElseThrow().autoIssue()).isTrue();

        Files.writeString(
                root.resolve("course.yaml"),
                TestModules.courseYaml(slug, "approval").replace("A course written by a test.", "Its file changed."));
        importer.importFrom(root);

        var afterRestart = catalog.course(slug).orElseThrow();
        assertThat(afterRestart.summary())
                .as("the changed course.yaml was imported")
                .isEqualTo("Its file changed.");
        assertThat(afterRestart.autoIssue()).as("the admin's choice stands").isTrue();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private TestCourse course() throws Exception {
        return course(TestModules.quizYaml());
    }

    private TestCourse course(String quizYaml) throws Exception {
        return fixtures.course("authored", "auto", false, 2, quizYaml);
    }

    private static void assertSanitized(String html) {
        assertThat(html).doesNotContain("<script").doesNotContain("onerror").doesNotContain("javascript:");
    }

    private ModuleDefinition exported(PageClient admin, String module) throws Exception {
        var zip = admin.getBytes("api/authoring/modules/" + module + ".zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        return UploadedArchive.read(new ByteArrayInputStream(zip.body()), Files.createTempDirectory("export"));
    }

    private static ModuleDefinition edit(ModuleDefinition module, String lessonTitle, String markdown) {
        return withLessons(
                module,
                module.lessons().stream()
                        .map(l -> l.title().equals(lessonTitle)
                                ? new LessonDefinition(l.slug(), l.position(), l.title(), l.minutes(), markdown)
                                : l)
                        .toList());
    }

    private static ModuleDefinition withLessons(ModuleDefinition m, List<LessonDefinition> lessons) {
        return new ModuleDefinition(
                m.slug(),
                m.title(),
                m.order(),
                m.ceHours(),
                m.summary(),
                m.objectives(),
                m.references(),
                lessons,
                m.quiz());
    }

    private HttpResponse<String> publish(PageClient client, String module) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(app + "api/authoring/modules/" + module + "/publish"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }
}
