package org.attune.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleLibrary;
import org.attune.content.ModuleTranslation;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A clinician whose browser asks for Spanish reads the shipped Spanish translation of a module (lessons and
 * post-test), one whose browser asks for English reads the original, and a module without a translation is shown
 * in English with a note, tagged {@code lang="en"}. Answers given on the Spanish page are graded by the original's
 * key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentLanguageIT {

    private static final String SPANISH = "es-US,es;q=0.9";
    private static final Pattern SCORE =
            Pattern.compile("class=\"panel result (?:passed|failed)\"[\\s\\S]*?(\\d+)[\\s\\u00a0]*%");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void aSpanishBrowserReadsTheTranslatedLessonAndAnEnglishOneTheOriginal() throws Exception {
        var module = translated();
        var spanish = module.translation("es").orElseThrow();
        var lesson = module.lessons().get(0);
        var path = "learn/" + module.slug() + "/" + lesson.slug();

        var english = new PageClient(app);
        Clinicians.signUp(english, "Ana English", Clinicians.newEmail());
        var original = english.page(path);
        assertThat(original.select("article.lesson h1").text()).isEqualTo(lesson.title());
        assertThat(original.getElementById("not-translated")).isNull();
        assertThat(original.select(".lesson-body").attr("lang")).isEmpty();

        var reader = new PageClient(app);
        Clinicians.signUp(reader, "Rosa Reyes", Clinicians.newEmail());
        reader.speaking(SPANISH);
        var page = reader.page(path);
        assertThat(page.select("article.lesson h1").text())
                .isEqualTo(spanish.lesson(lesson.slug()).orElseThrow().title());
        assertThat(page.select(".lesson-body").text()).startsWith("Pocos clientes llegan a consulta");
        assertThat(page.getElementById("not-translated"))
                .as("nothing to say: it is translated")
                .isNull();
        assertThat(page.select("article.lesson h1").hasAttr("lang"))
                .as("Spanish in a Spanish page carries no lang of its own")
                .isFalse();
        assertThat(page.select(".lesson-body").hasAttr("lang")).isFalse();

        // The same lesson, the same progress: marked complete on the Spanish page, it counts in English too.
        reader.submit(page, "lesson", Map.of(), "markComplete");
        reader.speaking("en-US,en;q=0.9");
        assertThat(reader.page("modules/" + module.slug())
                        .select(".progress-note")
                        .text())
                .isEqualTo("1 of " + module.lessons().size() + " lessons complete");
    }

    @Test
    void aModuleWithoutATranslationIsShownInEnglishWithANoteAndItsLanguage() throws Exception {
        var untranslated = ModuleLibrary.read(Path.of("modules")).modules().stream()
                .filter(m -> m.translations().isEmpty())
                .findFirst()
                .orElseThrow();
        var lesson = untranslated.lessons().get(0);
        var reader = new PageClient(app);
        Clinicians.signUp(reader, "Luis Lara", Clinicians.newEmail());
        reader.speaking(SPANISH);

        var page = reader.page("learn/" + untranslated.slug() + "/" + lesson.slug());

        assertThat(page.getElementById("not-translated").text()).contains("todavía no está traducida");
        assertThat(page.select("article.lesson h1").text()).isEqualTo(lesson.title());
        assertThat(page.select("article.lesson h1").attr("lang")).isEqualTo("en");
        assertThat(page.select(".lesson-body").attr("lang")).isEqualTo("en");
    }

    @Test
    void thePostTestReadsInSpanishAndAnswersGivenThereAreGradedByTheOriginalsKey() throws Exception {
        var module = translated();
        var spanish = module.translation("es").orElseThrow();
        var reader = new PageClient(app);
        Clinicians.signUp(reader, "Elena Ortiz", Clinicians.newEmail());
        reader.speaking(SPANISH);
        for (var lesson : module.lessons()) {
            reader.submit(
                    reader.page("learn/" + module.slug() + "/" + lesson.slug()), "lesson", Map.of(), "markComplete");
        }
        reader.clickAjax(reader.page("quiz/" + module.slug()), "quiz", "start");

        int answeredRight = 0;
        Document quiz = reader.page("quiz/" + module.slug());
        var first = question(module, spanish, quiz.selectFirst("fieldset.question"));
        for (var englishPrompt : module.quiz().questions().stream()
                .map(QuestionDefinition::prompt)
                .toList()) {
            assertThat(quiz.select("fieldset.question .prompt").text()).isNotEqualTo(englishPrompt);
        }
        assertThat(first)
                .as("the question shown is a Spanish prompt of the module")
                .isNotNull();
        // One question a page (display: one) opens at the first unanswered: answer those with a single choice
        // by the Spanish text of the original's correct choice, until a question of another kind comes up.
        for (var shown = first;
                shown != null && (shown.type() == QuestionType.SINGLE || shown.type() == QuestionType.TRUEFALSE);
                shown = question(module, spanish, quiz.selectFirst("fieldset.question"))) {
            var fieldset = quiz.selectFirst("fieldset.question");
            var correct = correctInSpanish(shown, spanish);
            var label = fieldset.select("label").stream()
                    .filter(l -> l.text().equals(correct))
                    .findFirst()
                    .orElseThrow();
            var radio = fieldset.getElementById(label.attr("for"));
            assertThat(reader.change(quiz, "quiz", radio.attr("name"), radio.val())
                            .statusCode())
                    .isEqualTo(200);
            answeredRight++;
            quiz = reader.page("quiz/" + module.slug());
            if (answeredRight == module.quiz().settings().drawCount()) {
                break;
            }
        }
        var submitted = reader.clickAjax(quiz, "quiz", "submit");

        var score = SCORE.matcher(submitted);
        assertThat(score.find()).as(submitted).isTrue();
        assertThat(Integer.parseInt(score.group(1)))
                .as(answeredRight + " of " + module.quiz().settings().drawCount() + " answered right in Spanish")
                .isEqualTo(answeredRight * 100 / module.quiz().settings().drawCount());
    }

    /** The module's question whose Spanish prompt the fieldset shows, or null if none. */
    private static QuestionDefinition question(ModuleDefinition module, ModuleTranslation spanish, Element fieldset) {
        if (fieldset == null) {
            return null;
        }
        var prompt = fieldset.select(".prompt").text();
        return module.quiz().questions().stream()
                .filter(q -> spanish.question(q.key())
                        .map(t -> t.prompt().equals(prompt))
                        .orElse(false))
                .findFirst()
                .orElse(null);
    }

    private static String correctInSpanish(QuestionDefinition question, ModuleTranslation spanish) {
        if (question.type() == QuestionType.TRUEFALSE) {
            return question.answer() ? "Verdadero" : "Falso";
        }
        var choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct()) {
                return spanish.question(question.key()).orElseThrow().choices().get(i);
            }
        }
        throw new IllegalStateException("A single-choice question has a correct choice");
    }

    private static ModuleDefinition translated() throws Exception {
        return ModuleLibrary.read(Path.of("modules")).modules().stream()
                .filter(m -> m.translation("es").isPresent())
                .findFirst()
                .orElseThrow();
    }
}
