package org.attune.quiz;

import java.io.Serializable;
import java.util.List;

/** A post-test across its learners: submitted attempts, learners who attempted and passed, and each question. */
public record QuizStatistics(int attempts, int learners, int passedLearners, List<QuestionStatistics.Stats> questions)
        implements Serializable {

    /** The share of learners who attempted and (at some attempt) passed, in whole percent. */
    public int passRate() {
        return learners == 0 ? 0 : passedLearners * 100 / learners;
    }
}
