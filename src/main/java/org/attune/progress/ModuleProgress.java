package org.attune.progress;

import java.io.Serializable;

/** How far one learner is through one module's current lessons. */
public record ModuleProgress(int completed, int total) implements Serializable {

    public static final ModuleProgress NONE = new ModuleProgress(0, 0);

    public ModuleProgress {
        if (completed < 0 || total < 0 || completed > total) {
            throw new IllegalArgumentException("completed must be between 0 and total");
        }
    }

    /** Whole percent, rounded down, so that 99.6% never shows as 100%. */
    public int percent() {
        return total == 0 ? 0 : completed * 100 / total;
    }

    public boolean started() {
        return completed > 0;
    }

    /** All current lessons complete (a module with no lessons is never complete). */
    public boolean lessonsComplete() {
        return total > 0 && completed == total;
    }
}
