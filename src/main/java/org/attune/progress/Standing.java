package org.attune.progress;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A learner's standing: every published module (in catalog order) and every course, as {@link Standings#of}
 * builds them from the learner's facts and the catalog's outline. It is the one answer to "how far is this learner,
 * and what is complete": the pages, the post-test's gate and the certificate's checklist all read it.
 */
public record Standing(List<ModuleStanding> modules, List<CourseStanding> courses) implements Serializable {

    public Standing {
        modules = List.copyOf(modules);
        courses = List.copyOf(courses);
    }

    /** The learner's standing in the published module. */
    public Optional<ModuleStanding> module(String slug) {
        return modules.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    /** The learner's standing in the course. */
    public Optional<CourseStanding> course(String slug) {
        return courses.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }
}
