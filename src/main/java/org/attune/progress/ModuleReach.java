package org.attune.progress;

import java.io.Serializable;

/** How many learners started a module (enrolled) and how many completed it. */
public record ModuleReach(int enrolled, int completed) implements Serializable {

    /** Completed as a whole percent of enrolled. */
    public int completionRate() {
        return enrolled == 0 ? 0 : completed * 100 / enrolled;
    }
}
