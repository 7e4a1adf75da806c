package org.attune.quiz;

/**
 * A quiz action the rules do not allow now (no attempts left, a wait not over, time up, not your attempt), with a
 * message for the learner that says why and, where it can, what to do.
 */
public class QuizRefusal extends Exception {

    public QuizRefusal(String message) {
        super(message);
    }
}
