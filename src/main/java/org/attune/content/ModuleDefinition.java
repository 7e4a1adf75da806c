package org.attune.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A course module as its folder in {@code modules/} defines it: always complete (every required field present,
 * at least one objective and one lesson, lesson slugs unique), since the reader refuses anything less. The quiz
 * is null for a module without a post-test.
 */
public record ModuleDefinition(
        String slug,
        String title,
        int order,
        BigDecimal ceHours,
        String summary,
        List<String> objectives,
        List<Reference> references,
        List<LessonDefinition> lessons,
        QuizDefinition quiz) {

    public ModuleDefinition {
        Objects.requireNonNull(slug, "Module slug is required.");
        Objects.requireNonNull(title, "Module title is required.");
        Objects.requireNonNull(ceHours, "CE hours are required.");
        Objects.requireNonNull(summary, "Module summary is required.");
        objectives = List.copyOf(objectives);
        references = List.copyOf(references);
        lessons = List.copyOf(lessons);
    }

    /** A fingerprint of everything the module says, so that an import can tell an unchanged module at once. */
    public String contentHash() {
        return Fingerprint.of(this);
    }
}
