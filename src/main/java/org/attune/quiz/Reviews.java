package org.attune.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuizSettings;
import org.attune.web.Texts;

/** Puts a graded question into words for its learner: what they answered and, as the feedback allows, the key. */
final class Reviews {

    /** How much a review tells besides right or wrong. */
    enum Detail {
        /** Nothing more. */
        MARKS,
        /** The lesson that teaches each question answered wrongly, but not the answer. */
        LESSONS,
        /** The correct answer, the rationale and the lesson, for every question. */
        KEY
    }

    private Reviews() {}

    /**
     * The submitted attempt as its learner sees it: the score, and the review the quiz's feedback allows; with
     * {@code WRONG_THEN_FULL} the key once the learner has passed ({@code passedAny}, any of their attempts).
     */
    static AttemptResult result(QuizAttempt attempt, QuizSettings.Feedback feedback, boolean passedAny) {
        return result(attempt, feedback, passedAny, UnaryOperator.identity());
    }

    /** The same, with each question's text as {@code wording} gives it (a translation's); points are the attempt's. */
    static AttemptResult result(
            QuizAttempt attempt,
            QuizSettings.Feedback feedback,
            boolean passedAny,
            UnaryOperator<PresentedQuestion> wording) {
        boolean key = switch (feedback) {
            case SCORE, WRONG -> false;
            case WRONG_THEN_FULL -> passedAny;
            case FULL -> true;
        };
        var detail =
                key ? Detail.KEY : feedback == QuizSettings.Feedback.WRONG_THEN_FULL ? Detail.LESSONS : Detail.MARKS;
        var review = new ArrayList<AttemptResult.Review>();
        if (feedback != QuizSettings.Feedback.SCORE) {
            for (var question : attempt.getQuestions()) {
                review.add(of(
                        question.getSeq(),
                        wording.apply(question.presented()),
                        question.answer(),
                        question.getPoints(),
                        detail));
            }
        }
        return new AttemptResult(
                attempt.getId(),
                attempt.getNumber(),
                attempt.getSubmittedAt(),
                attempt.getPercent(),
                attempt.isPassed(),
                attempt.getPassingScore(),
                feedback,
                detail == Detail.LESSONS,
                review);
    }

    static AttemptResult.Review of(int seq, PresentedQuestion shown, Answer answer, BigDecimal points, Detail detail) {
        var question = shown.question();
        boolean right = points != null && points.compareTo(BigDecimal.ONE) >= 0;
        boolean partly = points != null && points.signum() > 0 && !right;
        boolean key = detail == Detail.KEY;
        boolean lesson = key || (detail == Detail.LESSONS && !right);
        return new AttemptResult.Review(
                seq,
                question.prompt(),
                right,
                partly,
                answer.isEmpty() ? Texts.text("quiz.review.noAnswer") : yourAnswer(shown, answer),
                key ? correctAnswer(shown) : null,
                key ? question.rationale() : null,
                lesson ? question.lesson() : null);
    }

    private static String yourAnswer(PresentedQuestion shown, Answer answer) {
        return switch (shown.question().type()) {
            case SINGLE, MULTIPLE -> texts(shown, answer.selected(), "; ");
            case TRUEFALSE ->
                answer.selected().stream().map(id -> Texts.text("quiz." + id)).collect(Collectors.joining("; "));
            case ORDERING ->
                numbered(answer.selected().stream().map(id -> text(shown, id)).toList());
            case MATCHING ->
                shown.terms().stream()
                        .map(term -> term.text() + " → "
                                + text(shown, answer.matches().getOrDefault(term.id(), "")))
                        .collect(Collectors.joining("; "));
        };
    }

    private static String correctAnswer(PresentedQuestion shown) {
        var question = shown.question();
        return switch (question.type()) {
            case SINGLE, MULTIPLE ->
                question.choices().stream()
                        .filter(QuestionDefinition.Choice::correct)
                        .map(QuestionDefinition.Choice::text)
                        .collect(Collectors.joining("; "));
            case TRUEFALSE -> Texts.text(question.answer() ? "quiz.true" : "quiz.false");
            case ORDERING -> numbered(question.steps());
            case MATCHING ->
                question.pairs().stream()
                        .map(pair -> pair.term() + " → " + pair.match())
                        .collect(Collectors.joining("; "));
        };
    }

    private static String texts(PresentedQuestion shown, List<String> ids, String separator) {
        return ids.stream().map(id -> text(shown, id)).collect(Collectors.joining(separator));
    }

    private static String text(PresentedQuestion shown, String id) {
        return shown.option(id).map(Option::text).orElse(Texts.text("quiz.review.noAnswerInParentheses"));
    }

    private static String numbered(List<String> items) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> (i + 1) + ". " + items.get(i))
                .collect(Collectors.joining("  "));
    }
}
