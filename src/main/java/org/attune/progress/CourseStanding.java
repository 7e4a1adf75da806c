package org.attune.progress;

import java.io.Serializable;
import java.util.List;

/**
 * Where one learner stands in one course, as far as its certificate asks: each of its published modules, their
 * reading time when the course requires it, and the course evaluation.
 *
 * @param modules the course's published modules, in order
 * @param requiresReadingTime whether the certificate waits for the lessons' estimated reading time
 */
public record CourseStanding(String slug, List<ModuleStanding> modules, boolean requiresReadingTime, boolean evaluated)
        implements Serializable {

    public CourseStanding {
        modules = List.copyOf(modules);
    }

    /** Active time on the course's current lessons. */
    public int readingSeconds() {
        return modules.stream().mapToInt(ModuleStanding::readingSeconds).sum();
    }

    /** The course's current lessons' estimated reading time. */
    public int requiredReadingSeconds() {
        return modules.stream().mapToInt(ModuleStanding::requiredReadingSeconds).sum();
    }
}
