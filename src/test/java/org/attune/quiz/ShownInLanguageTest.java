package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleFolderReader;
import org.attune.content.TestModules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post-test shown in Spanish keeps the attempt's ids, order and key: it is graded as the English one. */
class ShownInLanguageTest {

    @TempDir
    Path root;

    private ModuleDefinition module;

    @BeforeEach
    void readAModuleWithASpanishPostTest() throws Exception {
        var folder = TestModules.write(root, "attunement", 2);
        Files.writeString(folder.resolve("quiz.yaml"), TestModules.quizYaml().replace("drawCount: 4", "drawCount: 5"));
        Files.writeString(folder.resolve("quiz.es.yaml"), TestModules.quizEsYaml());
        module = ModuleFolderReader.read(folder);
    }

    @Test
    void theSpanishTextKeepsEveryOptionsIdAndPlace() {
        var presented = Presentation.present(module.quiz(), new Random(7));
        var spanish = module.translation("es").orElseThrow();

        for (var shown : presented) {
            var translated = ShownInLanguage.of(
                    shown, spanish.question(shown.question().key()).orElseThrow(), "Verdadero", "Falso");

            assertThat(translated.options())
                    .extracting(Option::id)
                    .isEqualTo(shown.options().stream().map(Option::id).toList());
            assertThat(translated.terms())
                    .extracting(Option::index)
                    .isEqualTo(shown.terms().stream().map(Option::index).toList());
            assertThat(translated.question().prompt())
                    .isEqualTo(spanish.question(shown.question().key())
                            .orElseThrow()
                            .prompt());
            assertThat(translated.question().choices())
                    .extracting(c -> c.correct())
                    .isEqualTo(shown.question().choices().stream()
                            .map(c -> c.correct())
                            .toList());
        }
    }

    @Test
    void answersGivenOnTheSpanishPageAreGradedAsOnTheEnglishOne() {
        var presented = Presentation.present(module.quiz(), new Random(11));
        var spanish = module.translation("es").orElseThrow();
        var answers = presented.stream()
                .map(shown -> ShownInLanguage.of(
                        shown, spanish.question(shown.question().key()).orElseThrow(), "Verdadero", "Falso"))
                .map(shown -> AttemptView.ShownQuestion.of(1, shown, Answer.NONE))
                .map(TestQuizzes::correctInSpanish)
                .toList();
        var englishAnswers = presented.stream()
                .map(shown -> AttemptView.ShownQuestion.of(1, shown, Answer.NONE))
                .map(TestQuizzes::correct)
                .toList();

        var score = Grading.score(presented, answers, 80);

        assertThat(score).isEqualTo(Grading.score(presented, englishAnswers, 80));
        assertThat(score.percent()).isEqualTo(100);
    }
}
