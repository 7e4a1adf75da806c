package org.attune.content;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What approving boards ask a course to disclose to its learners: who wrote and teaches it with their credentials,
 * any conflict of interest, and commercial support ("none", or who gave it). A text that {@code course.yaml} leaves
 * out is null: the course then says nothing about it, which is itself what an auditor sees.
 */
public record CourseDisclosures(List<Author> authors, String conflictsOfInterest, String commercialSupport)
        implements Serializable {

    /** Nothing disclosed. */
    public static final CourseDisclosures NONE = new CourseDisclosures(List.of(), null, null);

    /** An author or instructor of the course: name, credentials ("PhD, LMFT") and role ("author", "instructor"). */
    public record Author(String name, String credentials, String role) implements Serializable {

        public Author {
            Objects.requireNonNull(name, "An author has a name.");
            Objects.requireNonNull(credentials, "An author's credentials are disclosed.");
        }
    }

    public CourseDisclosures {
        authors = List.copyOf(authors);
    }

    public boolean isEmpty() {
        return authors.isEmpty() && conflictsOfInterest == null && commercialSupport == null;
    }
}
