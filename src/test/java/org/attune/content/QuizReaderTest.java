package org.attune.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizReaderTest {

    @TempDir
    Path root;

    private Path folder;

    @BeforeEach
    void writeAModule() throws Exception {
        folder = TestModules.write(root, "attunement", 2);
    }

    @Test
    void everyQuestionTypeAndSettingIsRead() throws Exception {
        writeQuiz(TestModules.quizYaml());

        var quiz = ModuleFolderReader.read(folder).quiz();

        assertThat(quiz.settings())
                .isEqualTo(new QuizSettings(75, 3, 10, 20, false, 4, false, QuizSettings.Feedback.WRONG));
        assertThat(quiz.questions())
                .extracting(q -> q.type())
                .containsExactly(
                        QuestionType.SINGLE,
                        QuestionType.MULTIPLE,
                        QuestionType.TRUEFALSE,
                        QuestionType.ORDERING,
                        QuestionType.MATCHING);
        assertThat(quiz.questions().get(1).partialCredit()).isTrue();
        assertThat(quiz.questions().get(2).answer()).isFalse();
        assertThat(quiz.questions().get(3).steps()).containsExactly("Notice", "Join", "Return");
        assertThat(quiz.questions().get(4).pairs()).hasSize(2);
    }

    @Test
    void settingsHaveSensibleDefaults() throws Exception {
        writeQuiz("""
                questions:
                  - id: q1
                    type: truefalse
                    lesson: lesson-one
                    prompt: "Attunement can be repaired."
                    answer: true
                    rationale: "Rupture and repair."
                """);

        assertThat(ModuleFolderReader.read(folder).quiz().settings()).isEqualTo(QuizSettings.DEFAULTS);
    }

    @Test
    void aModuleWithoutAQuizHasNone() throws Exception {
        assertThat(ModuleFolderReader.read(folder).quiz()).isNull();
    }

    @Test
    void aSingleChoiceQuestionNeedsExactlyOneCorrectChoice() throws Exception {
        writeQuiz(TestModules.quizYaml()
                .replace("      - text: \"Name it\"\n", "      - text: \"Name it\"\n        correct: true\n"));

        assertProblem("question 1 (q1): choices: a single-choice question needs exactly one correct choice, not 2");
    }

    @Test
    void aRationaleMustNameALessonOfTheModule() throws Exception {
        writeQuiz(TestModules.quizYaml().replace("lesson: lesson-two", "lesson: no-such-lesson"));

        assertProblem("'no-such-lesson' is not a lesson of this module");
    }

    @Test
    void aQuestionWithoutRationaleIsRefused() throws Exception {
        writeQuiz(TestModules.quizYaml().replace("    rationale: \"Joining comes first.\"\n", ""));

        assertProblem("question 1 (q1): 'rationale' is required");
    }

    @Test
    void twoQuestionsWithOneIdAreRefused() throws Exception {
        writeQuiz(TestModules.quizYaml().replace("id: q2", "id: q1"));

        assertProblem("question 2: another question already has the id 'q1'");
    }

    @Test
    void aFieldOfAnotherQuestionTypeIsRefused() throws Exception {
        writeQuiz(TestModules.quizYaml()
                .replace("    answer: false\n", "    answer: false\n    steps: [\"a\", \"b\"]\n"));

        assertProblem("steps: a truefalse question has no steps");
    }

    @Test
    void drawingMoreQuestionsThanThePoolHoldsIsRefused() throws Exception {
        writeQuiz(TestModules.quizYaml().replace("drawCount: 4", "drawCount: 9"));

        assertProblem("drawCount must be between 1 and the number of questions (5)");
    }

    @Test
    void feedbackThatShowsTheAnswersOnlyOncePassedIsRead() throws Exception {
        writeQuiz(TestModules.quizYaml().replace("feedback: wrong", "feedback: wrong-then-full"));

        assertThat(ModuleFolderReader.read(folder).quiz().settings().feedback())
                .isEqualTo(QuizSettings.Feedback.WRONG_THEN_FULL);
    }

    @Test
    void anUnknownFeedbackNamesTheFourThereAre() throws Exception {
        writeQuiz(TestModules.quizYaml().replace("feedback: wrong", "feedback: WRONG_THEN_FULL"));

        assertProblem("feedback must be 'score', 'wrong', 'wrong-then-full' or 'full'");
    }

    @Test
    void anUnknownTypeIsNamed() throws Exception {
        writeQuiz(TestModules.quizYaml().replace("type: single", "type: essay"));

        assertProblem("'essay' is not one of single, multiple, truefalse, ordering, matching");
    }

    private void writeQuiz(String yaml) throws Exception {
        Files.writeString(folder.resolve("quiz.yaml"), yaml);
    }

    private void assertProblem(String text) {
        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("quiz.yaml")
                .hasMessageContaining(text);
    }
}
