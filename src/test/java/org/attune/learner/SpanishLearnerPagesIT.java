package org.attune.learner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A clinician whose browser asks for Spanish reads the lesson, the post-test and My certificates in Spanish, with
 * no English left in what the pages themselves say (the test module's own text is English content, not the page's);
 * the same pages without the header stay English.
 */
@ExtendWith(ArquillianExtension.class)
class SpanishLearnerPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Test
    void aSpanishBrowserReadsTheLessonThePostTestAndItsCertificatesInSpanish() throws Exception {
        var course = fixtures.course("auto");
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Lucía Ramírez", email);
        long learner = accounts.findByEmail(email).orElseThrow().getId();
        var lesson =
                catalog.module(course.module()).orElseThrow().lessons().get(0).slug();

        var lessonPage = spanish(browser, "learn/" + course.module() + "/" + lesson);
        assertThat(lessonPage.select("#lesson\\:markComplete").attr("value"))
                .isEqualTo("Marcar la lección como completada");
        assertThat(lessonPage.select(".breadcrumb").text()).contains("Catálogo").contains("Lección 1 de 2");
        assertThat(lessonPage.select(".progress-note").text()).isEqualTo("0 de 2 lecciones completadas");
        assertThat(lessonPage.select(".pager").text()).contains("Siguiente:");
        assertThat(lessonPage.text()).doesNotContain("Mark lesson complete", "lessons complete", "Next:");

        var quizPage = spanish(browser, "quiz/" + course.module());
        assertThat(quizPage.select("h1").text()).isEqualTo("Examen final");
        assertThat(quizPage.select(".quiz-facts").text()).contains("Calificación mínima");
        assertThat(quizPage.select(".notice").text())
                .isEqualTo("Complete las 2 lecciones que le faltan para desbloquear el examen final.");
        assertThat(quizPage.select("main").text())
                .doesNotContain("Post-test", "Pass mark", "Complete the remaining", "Every answer is saved");

        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        fixtures.evaluate(learner, course.slug());
        var certificates = spanish(browser, "certificates");
        assertThat(certificates.select("h1").text()).isEqualTo("Mis certificados");
        assertThat(certificates.select(".certificate .link-button.primary").text())
                .isEqualTo("Descargar PDF");
        assertThat(certificates.select(".certificate .facts").text())
                .contains("Código")
                .contains("horas de EC");
        assertThat(certificates.select("main").text())
                .doesNotContain("Download PDF", "CE hours", "Verification page", "Ask for a corrected certificate");

        assertThat(browser.page("certificates").select("h1").text())
                .as("without Accept-Language the page stays English")
                .isEqualTo("My certificates");
        assertThat(browser.page("learn/" + course.module() + "/" + lesson)
                        .select(".progress-note")
                        .text())
                .isEqualTo("2 of 2 lessons complete");
    }

    @Test
    void theCoursesOwnEnglishOnASpanishPageSaysItIsEnglish() throws Exception {
        var course = fixtures.course("auto");
        var browser = new PageClient(app);

        var catalogPage = spanish(browser, "");
        assertThat(catalogPage.select("html").attr("lang")).isEqualTo("es-US");
        assertThat(catalogPage.select(".module-card h3").eachAttr("lang"))
                .as("module titles are written in English, and say so to a screen reader")
                .isNotEmpty()
                .containsOnly("en");
        assertThat(catalogPage.select(".course-title").eachAttr("lang")).containsOnly("en");
        var modulePage = spanish(browser, "modules/" + course.module());
        assertThat(modulePage.select("h1").attr("lang")).isEqualTo("en");
        assertThat(modulePage.select(".lesson-list li span[lang=en]")).isNotEmpty();

        var english = browser.page("");
        assertThat(english.select(".module-card h3[lang], .course-title[lang]"))
                .as("an English page marks nothing")
                .isEmpty();
    }

    /** The page as a browser set to US Spanish asks for it. */
    private Document spanish(PageClient browser, String path) throws Exception {
        var response =
                browser.send(HttpRequest.newBuilder(URI.create(app.toString()).resolve(path))
                        .header("Accept-Language", "es-US,es;q=0.9,en;q=0.5")
                        .build());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), response.uri().toString());
    }
}
