package org.attune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attune.content.ModuleTranslation;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionType;
import org.attune.content.QuizSettings;
import org.attune.testing.Clinicians;
import org.attune.testing.Courses;
import org.attune.testing.Deployments;
import org.attune.testing.Mailbox;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A Spanish-speaking clinician, with Chromium set to US Spanish: signs up, reads a module that carries a Spanish
 * translation (published through the Author area's zip import, so through a draft and a revision), passes its
 * post-test answering the Spanish text, evaluates the course and downloads the certificate; axe-core checks the
 * pages. What it asserts is what translated content guarantees: the lessons and questions in Spanish, no English
 * note, no {@code lang} override on them. Tagged {@value Journey#TAG} like the other journeys.
 */
@ExtendWith(ArquillianExtension.class)
class SpanishJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession("es-US");

    @Journey
    void aSpanishSpeakingClinicianReadsTheTranslatedModulePassesItsPostTestAndDownloadsTheCertificate()
            throws Exception {
        var admin = new PageClient(app);
        Clinicians.signIn(admin, JourneysIT.ADMIN_EMAIL, JourneysIT.ADMIN_PASSWORD);
        var course = Courses.create(admin, "Viaje");
        var module = "viaje-" + UUID.randomUUID().toString().substring(0, 8);
        var english = Courses.module(
                module, 2, new QuizSettings(75, null, 0, null, false, null, false, QuizSettings.Feedback.FULL), QUIZ);
        Courses.publish(admin, app, course, english.with(english.quiz(), "en", List.of(SPANISH)));

        var email = Clinicians.newEmail();
        browser.at(app).open("signup");
        browser.type("signup:fullName", "Marisol Vega");
        browser.type("signup:email", email);
        browser.type("signup:password", Clinicians.PASSWORD);
        browser.clickAndLoad("signup:submit");
        var link = Mailbox.link(
                Mailbox.fetch(email, "Confirme su dirección de correo electrónico"), "/confirm-email?token=");
        browser.open(link.substring(link.indexOf("confirm-email?token=")));

        for (var lesson : List.of("lesson-one", "lesson-two")) {
            browser.open("learn/" + module + "/" + lesson);
            assertThat(browser.text("article.lesson h1"))
                    .isEqualTo(SPANISH.lesson(lesson).orElseThrow().title());
            assertThat(browser.text(".lesson-body")).contains("Lo que escribió una prueba para la lección");
            assertThat(browser.findAll("#not-translated")).isEmpty();
            assertThat(browser.find(".lesson-body").getAttribute("lang")).isNullOrEmpty();
            browser.assertAccessible("a lesson in Spanish");
            browser.clickAndLoad("lesson:markComplete");
        }

        browser.open("quiz/" + module);
        browser.click("quiz:start");
        assertThat(browser.text("fieldset.question .prompt")).contains("¿Qué viene primero al reparar una ruptura?");
        assertThat(browser.findAll("#not-translated")).isEmpty();
        browser.assertAccessible("the post-test in Spanish");
        choose("Notar");
        choose("Verdadero");
        choose("Evitar la mirada");
        choose("Encoger el cuerpo");
        browser.click("quiz:submit");
        browser.until(
                d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.find(".ui-confirmdialog-yes").click();
        browser.until(d -> !d.findElements(By.cssSelector(".result")).isEmpty());
        assertThat(browser.find(".result").getAttribute("class")).contains("passed");

        browser.open("evaluation/" + course);
        for (var group : browser.findAll("table.rating, .rating")) {
            var options = group.findElements(By.cssSelector(".ui-radiobutton-box"));
            if (!options.isEmpty()) {
                options.get(options.size() - 1).click();
            }
        }
        browser.find("textarea").sendKeys("Ir más despacio cuando aparece la vergüenza.");
        browser.clickAndLoad("evaluation:submit");
        browser.until(d -> d.getCurrentUrl().endsWith("/certificates"));
        browser.idle();
        browser.assertAccessible("my certificates");
        var pdfLink = browser.find("a[href$='/pdf']").getAttribute("href");
        var pdf = download(pdfLink);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("journey-es-certified");
    }

    private static final List<QuestionDefinition> QUIZ = List.of(
            new QuestionDefinition(
                    "q1",
                    QuestionType.SINGLE,
                    "lesson-one",
                    "What comes first in repairing a rupture?",
                    "Noticing comes before naming or fixing.",
                    List.of(new Choice("Notice", true), new Choice("Explain", false), new Choice("Fix", false)),
                    false,
                    null,
                    null,
                    null),
            new QuestionDefinition(
                    "q2",
                    QuestionType.TRUEFALSE,
                    "lesson-one",
                    "Shame is about the self.",
                    "It is.",
                    null,
                    false,
                    true,
                    null,
                    null),
            new QuestionDefinition(
                    "q3",
                    QuestionType.MULTIPLE,
                    "lesson-two",
                    "Which are signs of shame?",
                    "Shame makes the body smaller.",
                    List.of(
                            new Choice("Gaze aversion", true),
                            new Choice("Collapsed posture", true),
                            new Choice("Raised voice", false)),
                    false,
                    null,
                    null,
                    null));

    private static final ModuleTranslation SPANISH = new ModuleTranslation(
            "es",
            Map.of(
                    "lesson-one",
                    new ModuleTranslation.Lesson(
                            "Lección uno", "## Lección uno\n\nLo que escribió una prueba para la lección 1."),
                    "lesson-two",
                    new ModuleTranslation.Lesson(
                            "Lección dos", "## Lección dos\n\nLo que escribió una prueba para la lección 2.")),
            Map.of(
                    "q1",
                    new ModuleTranslation.Question(
                            "¿Qué viene primero al reparar una ruptura?",
                            "Notar va antes de nombrar o de arreglar.",
                            List.of("Notar", "Explicar", "Arreglar"),
                            null,
                            null),
                    "q2",
                    new ModuleTranslation.Question(
                            "La vergüenza tiene que ver con uno mismo.", "Así es.", null, null, null),
                    "q3",
                    new ModuleTranslation.Question(
                            "¿Cuáles son señales de vergüenza?",
                            "La vergüenza hace que el cuerpo se encoja.",
                            List.of("Evitar la mirada", "Encoger el cuerpo", "Levantar la voz"),
                            null,
                            null)));

    private void choose(String text) {
        browser.driver()
                .findElement(
                        By.xpath("//fieldset[contains(@class,'question')]//label[normalize-space()='" + text + "']"))
                .click();
        browser.idle();
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
