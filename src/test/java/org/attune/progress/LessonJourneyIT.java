package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.attune.content.ModuleLibrary;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A clinician reads a lesson, marks it complete, and finds it still complete after signing out and in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void aCompletedLessonStaysCompleteAcrossSignOutAndSignIn() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var first = module.lessons().get(0);
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Lee Morgan", email);

        var lesson = browser.page("learn/" + module.slug() + "/" + first.slug());
        assertThat(lesson.select("article.lesson h1").text()).isEqualTo(first.title());
        assertThat(lesson.select(".lesson-body").text()).isNotBlank();
        assertThat(lesson.select("a[rel=next]").attr("href"))
                .endsWith("/learn/" + module.slug() + "/"
                        + module.lessons().get(1).slug());

        // The page keeps nothing in the learner's session (a stateless view), yet its button works.
        assertThat(lesson.select("input[name=jakarta.faces.ViewState]").val()).isEqualTo("stateless");
        var marked = browser.submit(lesson, "lesson", Map.of(), "markComplete");
        assertThat(marked.select(".completion").text()).contains("You completed this lesson.");
        assertThat(marked.getElementById("lesson:markComplete"))
                .as("nothing left to press")
                .isNull();

        // Sent compressed to a browser that accepts it, for learners on slow connections.
        var compressed =
                browser.send(HttpRequest.newBuilder(URI.create(app + "learn/" + module.slug() + "/" + first.slug()))
                        .header("Accept-Encoding", "gzip")
                        .build());
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");

        var total = module.lessons().size();
        assertThat(browser.page("modules/" + module.slug())
                        .select(".progress-note")
                        .text())
                .isEqualTo("1 of " + total + " lessons complete");

        var again = new PageClient(app);
        Clinicians.signIn(again, email, Clinicians.PASSWORD);
        var modulePage = again.page("modules/" + module.slug());
        assertThat(modulePage.select(".progress-note").text()).isEqualTo("1 of " + total + " lessons complete");
        assertThat(modulePage
                        .select(".lesson-list li")
                        .first()
                        .select(".status")
                        .text())
                .contains("Completed");
        assertThat(again.page("")
                        .select(".module-card:has(a[href$=/modules/" + module.slug() + "]) .progress-note")
                        .text())
                .isEqualTo("1 of " + total + " lessons complete");
    }

    @Test
    void theLessonPageReportsActiveTimeOnlyForItsSignedInLearner() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Tam Time", Clinicians.newEmail());
        var lesson = browser.page(
                "learn/" + module.slug() + "/" + module.lessons().get(0).slug());
        var clock = lesson.getElementById("time-on-task");
        assertThat(clock.text()).contains("your time so far: 0 min");
        var report = Map.of("lessonId", clock.attr("data-lesson"), "seconds", "15", "token", clock.attr("data-token"));

        assertThat(browser.postForm("api/progress/time", report, Map.of("X-Attune-Heartbeat", "1"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.postForm("api/progress/time", report).statusCode())
                .as("without the header, as a cross-site form would send it")
                .isEqualTo(403);
        assertThat(new PageClient(app)
                        .postForm("api/progress/time", report, Map.of("X-Attune-Heartbeat", "1"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(browser.postForm(
                                "api/progress/time",
                                Map.of("lessonId", "999999999", "seconds", "15"),
                                Map.of("X-Attune-Heartbeat", "1"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void markingALessonCompleteTwiceCountsItOnce() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Jo Park", Clinicians.newEmail());
        var path = "learn/" + module.slug() + "/" + module.lessons().get(0).slug();

        var lesson = browser.page(path);
        browser.submit(lesson, "lesson", Map.of(), "markComplete");
        browser.submit(lesson, "lesson", Map.of(), "markComplete");

        assertThat(browser.page("modules/" + module.slug())
                        .select(".progress-note")
                        .text())
                .startsWith("1 of ");
    }
}
