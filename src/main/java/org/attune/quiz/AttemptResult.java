package org.attune.quiz;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A submitted attempt as its learner may see it: the score, and as much feedback as the quiz allows (none, which
 * questions were wrong, or the correct answers with rationales and the lesson that teaches each).
 */
public record AttemptResult(
        long attemptId,
        int number,
        Instant submittedAt,
        int percent,
        boolean passed,
        int passingScore,
        QuizSettings.Feedback feedback,
        List<Review> review)
        implements Serializable {

    /**
     * One question reviewed. {@code correctAnswer}, {@code rationale} and the lesson are null unless the quiz
     * shows full feedback.
     */
    public record Review(
            int seq,
            String prompt,
            boolean right,
            boolean partlyRight,
            String yourAnswer,
            String correctAnswer,
            String rationale,
            String lessonSlug)
            implements Serializable {}

    public List<Review> wrong() {
        return review.stream().filter(r -> !r.right()).toList();
    }
}
