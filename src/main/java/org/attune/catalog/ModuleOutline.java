package org.attune.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A published module with its objectives, sources and current lessons in order, as its page shows it, and what a
 * learner's standing in it depends on: its revision, its course (null for a module of none), whether it has a
 * post-test.
 */
public record ModuleOutline(
        long id,
        String slug,
        String title,
        String summary,
        BigDecimal ceHours,
        List<String> objectives,
        List<String> citations,
        List<LessonOutline> lessons,
        int revision,
        String courseSlug,
        boolean hasPostTest)
        implements Serializable {

    static ModuleOutline of(CourseModule module) {
        return new ModuleOutline(
                module.getId(),
                module.getSlug(),
                module.getTitle(),
                module.getSummary(),
                module.getCeHours(),
                List.copyOf(module.getObjectives()),
                module.getReferences().stream().map(ModuleOutline::cite).toList(),
                module.currentLessons().stream().map(LessonOutline::of).toList(),
                module.getRevision(),
                module.getCourse() == null ? null : module.getCourse().getSlug(),
                module.hasPostTest());
    }

    public int totalMinutes() {
        return lessons.stream().mapToInt(LessonOutline::minutes).sum();
    }

    public List<Long> lessonIds() {
        return lessons.stream().map(LessonOutline::id).toList();
    }

    private static String cite(SourceReference reference) {
        var citation = new StringBuilder(reference.getTitle());
        if (reference.getAuthor() != null) {
            citation.append(" — ").append(reference.getAuthor());
        }
        if (reference.getYear() != null) {
            citation.append(" (").append(reference.getYear()).append(')');
        }
        return citation.toString();
    }
}
