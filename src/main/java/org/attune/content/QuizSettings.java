package org.attune.content;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a post-test runs. Null means "no limit" for attempts, time limit and draw count.
 *
 * @param passingScore percent needed to pass (1-100)
 * @param attemptsAllowed attempts a learner may make, or null for unlimited
 * @param waitMinutes minutes a learner must wait after a submitted attempt before the next one
 * @param timeLimitMinutes minutes an attempt may last, enforced by the server, or null for untimed
 * @param shuffle whether questions and their options appear in a new random order in each attempt
 * @param drawCount questions drawn at random from the pool for each attempt, or null for all of them
 * @param oneAtATime whether the quiz page shows one question at a time (else all at once)
 * @param feedback what a learner sees after submitting
 */
public record QuizSettings(
        int passingScore,
        Integer attemptsAllowed,
        int waitMinutes,
        Integer timeLimitMinutes,
        boolean shuffle,
        Integer drawCount,
        boolean oneAtATime,
        Feedback feedback)
        implements Serializable {

    public static final QuizSettings DEFAULTS = new QuizSettings(80, null, 0, null, true, null, true, Feedback.FULL);

    /** What a learner sees after submitting an attempt. */
    public enum Feedback {
        /** The score and whether it passed. */
        SCORE,
        /** Also which questions were answered wrongly. */
        WRONG,
        /**
         * Which questions were answered wrongly and the lesson that teaches each; the correct answers and rationales
         * only once the learner has passed (then on every attempt of theirs). Retaking the post-test cannot harvest
         * the answer key, yet a learner who passed learns from what they missed.
         */
        WRONG_THEN_FULL,
        /** Also the correct answers, with the rationale and a link to the lesson that teaches each. */
        FULL;

        /** The setting's name in quiz.yaml: {@code score}, {@code wrong}, {@code wrong-then-full}, {@code full}. */
        public String yamlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The setting named as in quiz.yaml, if it is one. */
        public static Optional<Feedback> ofYamlName(String name) {
            return Arrays.stream(values())
                    .filter(f -> f.yamlName().equals(name))
                    .findFirst();
        }
    }
}
