package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.attune.content.CourseDefinition;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionDefinition.Pair;
import org.attune.content.QuestionType;
import org.attune.content.QuizSettings;
import org.attune.content.Reference;
import org.junit.jupiter.api.Test;

/** The Author area's forms give back exactly what they were made from, and what the author typed, tidied. */
class AuthoringFormsTest {

    @Test
    void postTestSettingsComeBackAsTheyWentIn() {
        var settings = new QuizSettings(75, 3, 10, 20, false, 4, false, QuizSettings.Feedback.WRONG_THEN_FULL);

        assertThat(QuizSettingsForm.of(settings).toSettings()).isEqualTo(settings);
        assertThat(QuizSettingsForm.of(QuizSettings.DEFAULTS).toSettings()).isEqualTo(QuizSettings.DEFAULTS);
    }

    @Test
    void aChangedSettingIsTheOnlyChange() {
        var form = QuizSettingsForm.of(QuizSettings.DEFAULTS);
        form.setDrawCount(5);

        assertThat(form.toSettings())
                .isEqualTo(new QuizSettings(80, null, 0, null, true, 5, true, QuizSettings.Feedback.FULL));
    }

    @Test
    void moduleDetailsShowObjectivesAndSourcesOneALineAndReadThemBack() {
        var details = new ModuleDraft.Details(
                "Attunement",
                "Joining a client's state.",
                new BigDecimal("1.25"),
                3,
                List.of("Name the three movements.", "Notice a shift."),
                List.of(new Reference("A source", "A. Author", 2017), new Reference("Untitled notes", null, null)));

        var form = ModuleDetailsForm.of(details);

        assertThat(form.getObjectives()).isEqualTo("Name the three movements.\nNotice a shift.");
        assertThat(form.getReferences()).isEqualTo("A source | A. Author | 2017\nUntitled notes |  | ");
        assertThat(form.toDetails()).isEqualTo(details);
    }

    @Test
    void blankLinesAndAYearThatIsNoYearAreLeftOut() {
        var form = ModuleDetailsForm.of(new ModuleDraft.Details("T", "S", BigDecimal.ONE, 1, List.of(), List.of()));
        form.setObjectives("\n  First.  \n\n");
        form.setReferences("Book | Ana | soon\n\n  Paper  ");

        var details = form.toDetails();

        assertThat(details.objectives()).containsExactly("First.");
        assertThat(details.references())
                .containsExactly(new Reference("Book", "Ana", null), new Reference("Paper", null, null));
    }

    @Test
    void everyKindOfQuestionComesBackAsItWentIn() {
        var questions = List.of(
                new QuestionDefinition(
                        "q1",
                        QuestionType.MULTIPLE,
                        "lesson-one",
                        "Which are cues?",
                        "Both carry state.",
                        List.of(new Choice("Posture", true), new Choice("Weather", false)),
                        true,
                        null,
                        null,
                        null),
                new QuestionDefinition(
                        "q2",
                        QuestionType.TRUEFALSE,
                        "lesson-one",
                        "Repair is rare.",
                        "It is common.",
                        null,
                        false,
                        false,
                        null,
                        null),
                new QuestionDefinition(
                        "q3",
                        QuestionType.ORDERING,
                        "lesson-two",
                        "Order them.",
                        "Notice first.",
                        null,
                        false,
                        null,
                        List.of("Notice", "Join", "Return"),
                        null),
                new QuestionDefinition(
                        "q4",
                        QuestionType.MATCHING,
                        "lesson-two",
                        "Match them.",
                        "Rupture, then repair.",
                        null,
                        false,
                        null,
                        null,
                        List.of(new Pair("Rupture", "A break"), new Pair("Repair", "Restoring"))));

        for (var question : questions) {
            assertThat(QuestionForm.of(question).toDefinition(question.key()))
                    .as(question.type().name())
                    .isEqualTo(question);
        }
    }

    @Test
    void rowsAreAddedMovedAndRemovedAndTextsStripped() {
        var form = QuestionForm.of(new QuestionDefinition(
                "q1", QuestionType.ORDERING, "l", "Order.", "Why.", null, false, null, List.of("B", "A"), null));

        form.moveUp(1);
        form.addRow();
        form.getRows().get(2).setText("  C  ");
        form.addRow();
        form.removeRow(3);
        form.setPrompt("  Put them in order.  ");

        var edited = form.toDefinition("q1");
        assertThat(edited.steps()).containsExactly("A", "B", "C");
        assertThat(edited.prompt()).isEqualTo("Put them in order.");
    }

    @Test
    void partialCreditIsOnlyForSelectAllThatApply() {
        var single = QuestionForm.of(new QuestionDefinition(
                "q1",
                QuestionType.SINGLE,
                "l",
                "Pick one.",
                "Why.",
                List.of(new Choice("Yes", true), new Choice("No", false)),
                false,
                null,
                null,
                null));
        single.setPartialCredit(true);

        assertThat(single.toDefinition("q1").partialCredit()).isFalse();
    }

    @Test
    void aCoursesDetailsComeBackAsTheyWentInWithTextsStripped() {
        var course = CourseRules.newCourse("shame", "Shame and guilt", "Two feelings.");
        var form = CourseForm.of(course);

        assertThat(form.toDefinition("shame")).isEqualTo(course);

        form.setProvider("  Attune CE  ");
        form.setApprovalStatement(null);
        var edited = form.toDefinition("shame");
        assertThat(edited.provider()).isEqualTo("Attune CE");
        assertThat(edited.approvalStatement()).isEmpty();
        assertThat(edited.evaluation()).isEqualTo(course.evaluation());
    }

    @Test
    void aCourseFormKeepsWhetherCertificatesWaitForApproval() {
        var course = new CourseDefinition("c", "C", "S", "N", "P", "A", true, false, CourseRules.STANDARD_EVALUATION);

        assertThat(CourseForm.of(course).toDefinition("c")).isEqualTo(course);
    }
}
