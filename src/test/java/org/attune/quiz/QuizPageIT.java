package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.attune.content.ModuleDefinition;
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

/** The post-test page over HTTP, as a browser receives it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void noAnswerKeyOrRationaleReachesTheBrowserBeforeSubmission() throws Exception {
        var module = moduleWithQuiz();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Ari Quinn", Clinicians.newEmail());

        assertThat(browser.page("modules/" + module.slug())
                        .select("#post-test .notice")
                        .text())
                .startsWith("Complete the remaining " + module.lessons().size() + " lessons");
        for (var lesson : module.lessons()) {
            browser.submit(
                    browser.page("learn/" + module.slug() + "/" + lesson.slug()), "lesson", Map.of(), "markComplete");
        }
        var intro = browser.page("quiz/" + module.slug());
        assertThat(intro.select(".quiz-facts").text()).contains("Attempts used: 0 of 3");
        var started = browser.clickAjax(intro, "quiz", "start");

        assertThat(started).contains("Question 1 of");
        for (var question : module.quiz().questions()) {
            assertThat(started).doesNotContain(question.rationale());
        }
        assertThat(started)
                .as("no answer key in markup or embedded data (option texts may use the word 'correct')")
                .doesNotContain("\"correct\":")
                .doesNotContain("correct=\"")
                .doesNotContain("data-correct")
                .doesNotContain("correct=true");
        var reloaded = browser.page("quiz/" + module.slug());
        assertThat(reloaded.select("fieldset.question")).isNotEmpty();
        assertThat(reloaded.select("input[name=jakarta.faces.ViewState]").val())
                .as("view state is kept on the server: the browser holds only its id")
                .hasSizeLessThan(100);
        assertThat(reloaded.html())
                .doesNotContain(module.quiz().questions().get(0).rationale());

        var submitted = browser.clickAjax(reloaded, "quiz", "submit");
        assertThat(submitted)
                .contains("Not passed yet: 0%")
                .as("the shipped post-tests mark wrong answers and keep the key until the learner passes")
                .contains("Review the lesson: ")
                .doesNotContain("class=\"rationale\"")
                .doesNotContain("Correct answer:");
        for (var question : module.quiz().questions()) {
            assertThat(submitted).doesNotContain(question.rationale());
        }
    }

    @Test
    void aVisitorIsSentToSignInForThePostTest() throws Exception {
        var response =
                PageClient.getWithoutRedirect(app, "quiz/" + moduleWithQuiz().slug());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/signin?next="));
    }

    private static ModuleDefinition moduleWithQuiz() throws Exception {
        return ModuleLibrary.read(Path.of("modules")).modules().stream()
                .filter(m -> m.quiz() != null)
                .findFirst()
                .orElseThrow();
    }
}
