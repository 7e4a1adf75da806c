package org.attune.quiz;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.attune.content.QuizSettings;

/**
 * A submitted attempt as its learner may see it: the score, and as much feedback as the quiz allows (none, which
 * questions were wrong, or the correct answers with rationales and the lesson that teaches each).
 *
 * @param keyAfterPassing the correct answers are withheld until the learner passes ({@code WRONG_THEN_FULL})
 */
public record AttemptResult(
        long attemptId,
        int number,
        Instant submittedAt,
        int percent,
        boolean passed,
        int passingScore,
        QuizSettings.Feedback feedback,
        boolean keyAfterPassing,
        List<Review> review)
        implements Serializable {

    /**
     * One question reviewed. {@code correctAnswer} and {@code rationale} are null unless the review shows the key;
     * the lesson is null unless it shows the key or points a learner who has not passed yet to what they missed.
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
