package org.attune.quiz;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.attune.content.QuestionType;

/**
 * An open attempt as its quiz page shows it: the questions and the answers saved so far, and never an answer key,
 * a correctness flag or a rationale. Safe to keep in a view and to render.
 *
 * @param deadline when answers stop counting, or null when untimed
 */
public record AttemptView(
        long attemptId, int number, List<ShownQuestion> questions, Instant deadline, boolean oneAtATime, boolean open)
        implements Serializable {

    /** An option as the learner sees it: an id made up for this attempt, and its text. */
    public record ShownOption(String id, String text) implements Serializable {}

    /** A question as the learner sees it, with the answer they have saved (or an empty one). */
    public record ShownQuestion(
            int seq, QuestionType type, String prompt, List<ShownOption> options, List<ShownOption> terms, Answer saved)
            implements Serializable {

        static ShownQuestion of(int seq, PresentedQuestion presented, Answer saved) {
            return new ShownQuestion(
                    seq,
                    presented.question().type(),
                    presented.question().prompt(),
                    presented.options().stream()
                            .map(o -> new ShownOption(o.id(), o.text()))
                            .toList(),
                    presented.terms().stream()
                            .map(o -> new ShownOption(o.id(), o.text()))
                            .toList(),
                    saved);
        }
    }

    public int answeredCount() {
        return (int) questions.stream().filter(q -> !q.saved().isEmpty()).count();
    }
}
