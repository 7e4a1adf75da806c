package org.attune.ce;

import java.math.BigDecimal;
import java.util.List;
import org.attune.content.CourseDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuestionDefinition;

/**
 * What the rules of approving bodies measure in a course: its instructional minutes (the modules' declared CE hours
 * times 60: module.yaml's {@code ceHours} is the reading time plus the post-test, in quarter hours, and is what
 * certificates already print, so every body's credits start from the same declared time), the lessons' estimated
 * minutes and word count (shown beside it, so that a declaration out of line with the text is visible), the
 * post-test questions a learner answers (each module's draw, or its whole pool), the lowest pass mark, whether every
 * module has a post-test whose every question has its answer key, and whether the course has an evaluation.
 */
public record CourseFigures(
        int instructionalMinutes,
        int lessonMinutes,
        int wordCount,
        int questionsAnswered,
        Integer lowestPassMark,
        int modules,
        int modulesWithoutPostTest,
        int questionsWithoutKey,
        int evaluationQuestions) {

    public static CourseFigures of(CourseDefinition course, List<ModuleDefinition> modules) {
        int minutes = 0;
        int lessonMinutes = 0;
        int words = 0;
        int questions = 0;
        Integer passMark = null;
        int withoutPostTest = 0;
        int withoutKey = 0;
        for (var module : modules) {
            minutes += module.ceHours().multiply(BigDecimal.valueOf(60)).intValue();
            for (var lesson : module.lessons()) {
                lessonMinutes += lesson.minutes();
                words += words(lesson.markdown());
            }
            var quiz = module.quiz();
            if (quiz == null || quiz.questions().isEmpty()) {
                withoutPostTest++;
                continue;
            }
            var pool = quiz.questions().size();
            var draw = quiz.settings().drawCount();
            questions += draw == null ? pool : Math.min(draw, pool);
            var mark = quiz.settings().passingScore();
            passMark = passMark == null ? mark : Math.min(passMark, mark);
            withoutKey +=
                    (int) quiz.questions().stream().filter(q -> !hasKey(q)).count();
        }
        return new CourseFigures(
                minutes,
                lessonMinutes,
                words,
                questions,
                passMark,
                modules.size(),
                withoutPostTest,
                withoutKey,
                course.evaluation().size());
    }

    static int words(String text) {
        var stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static boolean hasKey(QuestionDefinition question) {
        return switch (question.type()) {
            case SINGLE, MULTIPLE -> question.choices().stream().anyMatch(QuestionDefinition.Choice::correct);
            case TRUEFALSE -> question.answer() != null;
            case ORDERING -> question.steps().size() >= 2;
            case MATCHING -> question.pairs().size() >= 2;
        };
    }
}
