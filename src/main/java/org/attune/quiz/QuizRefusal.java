package org.attune.quiz;

import org.attune.web.Refusal;

/**
 * A quiz action the rules do not allow now (no attempts left, a wait not over, time up, not your attempt), with a
 * message for the learner that says why and, where it can, what to do: a {@code quiz.refusal.} key and its arguments.
 */
public class QuizRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public QuizRefusal(String key, Object... args) {
        super(key, args);
    }
}
