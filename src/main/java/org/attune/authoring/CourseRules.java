package org.attune.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.content.CourseDefinition;
import org.attune.content.CourseDefinition.EvaluationQuestion;
import org.attune.web.Texts;

/**
 * What a course edited in the Author area must hold before it is saved, field by field in the author's words, and
 * what a course created there starts as: the standard scope note, provider and approval statement, and the
 * evaluation continuing-education boards ask of every course.
 */
public final class CourseRules {

    /** The evaluation a new course starts with: what continuing-education boards ask of every course. */
    static final List<EvaluationQuestion> STANDARD_EVALUATION = List.of(
            new EvaluationQuestion(
                    "objectives", EvaluationQuestion.Kind.RATING, "The course met its stated learning objectives."),
            new EvaluationQuestion(
                    "relevance", EvaluationQuestion.Kind.RATING, "The content is relevant to my clinical practice."),
            new EvaluationQuestion(
                    "evidence",
                    EvaluationQuestion.Kind.RATING,
                    "The content was accurate, current and clear about the limits of the evidence."),
            new EvaluationQuestion(
                    "bias", EvaluationQuestion.Kind.RATING, "The course was free of commercial bias and promotion."),
            new EvaluationQuestion(
                    "change", EvaluationQuestion.Kind.TEXT, "What will you do differently in your practice?"));

    private CourseRules() {}

    /**
     * A course just created with the given title and summary (the title again when there is none): its
     * certificates wait for an admin's approval, learners must spend the reading time, and it has the standard
     * evaluation.
     */
    public static CourseDefinition newCourse(String slug, String title, String summary) {
        return new CourseDefinition(
                slug,
                title.strip(),
                summary == null || summary.isBlank() ? title.strip() : summary.strip(),
                "This course is continuing education for licensed clinicians; it does not qualify anyone to"
                        + " practise a therapy it describes.",
                "Attune Continuing Education",
                "Attune Continuing Education maintains responsibility for this program and its content.",
                false,
                true,
                STANDARD_EVALUATION);
    }

    /**
     * The edit's problems by field (empty when it may be saved). Only an admin changes whether the course's
     * certificates skip approval.
     */
    public static Map<String, String> problems(CourseDefinition edited, CourseDefinition stored, boolean byAdmin) {
        var problems = new LinkedHashMap<String, String>();
        require(problems, "title", edited.title(), 200, "author.rule.course.title");
        require(problems, "summary", edited.summary(), 2000, "author.rule.course.summary");
        require(problems, "scopeNote", edited.scopeNote(), 2000, "author.rule.course.scopeNote");
        require(problems, "provider", edited.provider(), 200, "author.rule.course.provider");
        require(
                problems,
                "approvalStatement",
                edited.approvalStatement(),
                2000,
                "author.rule.course.approvalStatement");
        if (!byAdmin && edited.autoIssue() != stored.autoIssue()) {
            problems.put("autoIssue", Texts.text("author.course.autoIssue.instructor"));
        }
        return problems;
    }

    private static void require(Map<String, String> problems, String field, String value, int max, String message) {
        if (value == null || value.isBlank()) {
            problems.put(field, Texts.text(message));
        } else if (value.length() > max) {
            problems.put(field, Texts.text("author.rule.course.length", String.valueOf(max)));
        }
    }
}
