package org.attune.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The course as the pages show it ({@code #{course.title}}): read from {@code course.yaml} at start-up by the
 * importer. Until it is read, or if it cannot be, pages show a plain title and the standard scope note.
 */
@Named
@ApplicationScoped
public class Course {

    static final CourseDefinition FALLBACK = new CourseDefinition(
            "Continuing education",
            "Course modules for mental-health clinicians.",
            "Course content is educational: it does not replace clinical supervision, consultation or the standards"
                    + " of your licensing board.",
            java.util.List.of());

    private volatile CourseDefinition definition = FALLBACK;

    /** Public on purpose: a package-private method called through a CDI proxy would not reach the bean. */
    public void define(CourseDefinition definition) {
        this.definition = definition;
    }

    public CourseDefinition definition() {
        return definition;
    }

    public String getTitle() {
        return definition.title();
    }

    public String getSummary() {
        return definition.summary();
    }

    public String getScopeNote() {
        return definition.scopeNote();
    }
}
