package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionType;
import org.attune.content.QuizDefinition;
import org.attune.content.QuizSettings;
import org.attune.content.Reference;
import org.junit.jupiter.api.Test;

class DraftRulesTest {

    @Test
    void aSlugComesFromTheTitleAndNeverCollides() {
        assertThat(DraftRules.slugFor("Shame & Guilt: Ça va?", Set.of())).isEqualTo("shame-guilt-ca-va");
        assertThat(DraftRules.slugFor("Shame", Set.of("shame", "shame-2"))).isEqualTo("shame-3");
        assertThat(DraftRules.slugFor("  ***  ", Set.of())).isEqualTo("untitled");
        assertThat(DraftRules.isSlug(DraftRules.slugFor("A".repeat(300), Set.of())))
                .isTrue();
    }

    @Test
    void aNewQuestionTakesThePoolsNextNumberOrTheNextOneFree() {
        assertThat(DraftRules.nextQuestionKey(List.of())).isEqualTo("q1");
        assertThat(DraftRules.nextQuestionKey(List.of("q1", "q2"))).isEqualTo("q3");
        assertThat(DraftRules.nextQuestionKey(List.of("q2", "q3")))
                .as("q1 was removed")
                .isEqualTo("q4");
        assertThat(DraftRules.nextQuestionKey(List.of("intro", "q5"))).isEqualTo("q3");
    }

    @Test
    void lessonsGoInTheOrderAskedForAndThoseLeftOutKeepTheirPlaceAfter() {
        var present = List.of("a", "b", "c", "d");

        assertThat(DraftRules.inOrder(List.of("c", "a", "b", "d"), present)).containsExactly("c", "a", "b", "d");
        assertThat(DraftRules.inOrder(List.of("d", "b"), present)).containsExactly("d", "b", "a", "c");
        assertThat(DraftRules.inOrder(List.of(), present)).containsExactly("a", "b", "c", "d");
        assertThat(DraftRules.inOrder(List.of("gone", "c", "c"), present))
                .as("a name no longer in the draft, or named twice, changes nothing")
                .containsExactly("c", "a", "b", "d");
    }

    @Test
    void aSingleChoiceQuestionNeedsExactlyOneCorrectChoiceAndARationale() {
        var twoCorrect = question(QuestionType.SINGLE, List.of(new Choice("Yes", true), new Choice("Also yes", true)));

        var problems = DraftRules.questionProblems(twoCorrect, Set.of("lesson-one"));

        assertThat(problems).containsEntry("choices", "Mark exactly one choice correct (marked now: 2).");
        assertThat(problems).containsKey("rationale");
    }

    @Test
    void choicesMustBeDistinctAndNotEmpty() {
        var same = question(QuestionType.MULTIPLE, List.of(new Choice("A", true), new Choice("A", false)));
        var empty = question(QuestionType.MULTIPLE, List.of(new Choice("A", true), new Choice(" ", false)));

        assertThat(DraftRules.questionProblems(same, Set.of("lesson-one")))
                .containsEntry("choices", "Two choices have the same text.");
        assertThat(DraftRules.questionProblems(empty, Set.of("lesson-one")))
                .containsEntry("choices", "Remove or fill in the empty choices.");
    }

    @Test
    void aQuestionMustPointToALessonOfTheDraft() {
        var orphan = question(QuestionType.SINGLE, List.of(new Choice("Yes", true), new Choice("No", false)));

        assertThat(DraftRules.questionProblems(orphan, Set.of("another-lesson")))
                .containsOnlyKeys("lesson", "rationale");
    }

    @Test
    void aDraftIsPublishableOnlyWithObjectivesLessonsAndAPoolLargeEnoughToDrawFrom() {
        var settings = new QuizSettings(80, null, 0, null, true, 3, true, QuizSettings.Feedback.FULL);
        var good = new QuestionDefinition(
                "q1",
                QuestionType.TRUEFALSE,
                "lesson-one",
                "Shame is about the self.",
                "It is.",
                null,
                false,
                true,
                null,
                null);
        var draft = new ModuleDefinition(
                "m",
                "Module",
                1,
                new BigDecimal("0.50"),
                "Summary",
                List.of(),
                List.of(new Reference("A source", null, null)),
                List.of(),
                new QuizDefinition(settings, List.of(good)));

        assertThat(DraftRules.publishProblems(draft))
                .contains(
                        "State at least one learning objective, one a line.",
                        "Add at least one lesson.",
                        "Post-test: Draw between 1 and the 1 questions in the pool, or leave it empty to ask them all.",
                        "Question 1: Choose the lesson that teaches this.");

        var fixed = new ModuleDefinition(
                "m",
                "Module",
                1,
                new BigDecimal("0.50"),
                "Summary",
                List.of("An objective."),
                List.of(),
                List.of(new LessonDefinition("lesson-one", 1, "Lesson one", 10, "Text.")),
                new QuizDefinition(QuizSettings.DEFAULTS, List.of(good)));
        assertThat(DraftRules.publishProblems(fixed)).isEmpty();
    }

    @Test
    void aLessonNeedsATitleAReadingTimeAndText() {
        assertThat(DraftRules.lessonProblems(" ", 0, "")).containsOnlyKeys("title", "minutes", "markdown");
        assertThat(DraftRules.lessonProblems("Title", 12, "Text")).isEmpty();
    }

    private static QuestionDefinition question(QuestionType type, List<Choice> choices) {
        return new QuestionDefinition("q1", type, "lesson-one", "Which?", "", choices, false, null, null, null);
    }
}
