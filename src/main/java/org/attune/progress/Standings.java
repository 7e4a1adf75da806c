package org.attune.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.catalog.LessonOutline;
import org.attune.catalog.ModuleOutline;

/**
 * The one function from a learner's facts and the catalog's outline to their {@link Standing}. Only a module's
 * current lessons count, to what is done as to what is left: a completion of a lesson since retired stays on
 * record but neither adds nor takes away; a module's recorded completion stands whatever its revision.
 */
public final class Standings {

    private Standings() {}

    /**
     * What is on record for one learner.
     *
     * @param lessonsDone the lessons they completed, by id
     * @param secondsByLesson their active seconds per lesson id
     * @param passedModuleIds the modules whose post-test they passed
     * @param completions their module completions, by module id
     * @param evaluatedCourses the slugs of the courses they evaluated
     */
    public record Facts(
            Set<Long> lessonsDone,
            Map<Long, Integer> secondsByLesson,
            Set<Long> passedModuleIds,
            Map<Long, Completion> completions,
            Set<String> evaluatedCourses) {

        public static final Facts NONE = new Facts(Set.of(), Map.of(), Set.of(), Map.of(), Set.of());

        /** The same facts with the learner's active seconds on one lesson now at {@code seconds}. */
        public Facts withSeconds(long lessonId, int seconds) {
            var updated = new HashMap<>(secondsByLesson);
            updated.put(lessonId, seconds);
            return new Facts(lessonsDone, Map.copyOf(updated), passedModuleIds, completions, evaluatedCourses);
        }
    }

    /**
     * The learner's standing in every published module and every course.
     *
     * @param modules the published modules, in catalog order
     * @param readingTimeRequired every course's slug, and whether its certificate waits for the reading time
     */
    public static Standing of(List<ModuleOutline> modules, Map<String, Boolean> readingTimeRequired, Facts facts) {
        var standings = modules.stream().map(m -> module(m, facts)).toList();
        var slugsByCourse = modules.stream()
                .filter(m -> m.courseSlug() != null)
                .collect(Collectors.groupingBy(
                        ModuleOutline::courseSlug, Collectors.mapping(ModuleOutline::slug, Collectors.toSet())));
        var courseStandings = readingTimeRequired.entrySet().stream()
                .map(c -> new CourseStanding(
                        c.getKey(),
                        standings.stream()
                                .filter(m -> slugsByCourse
                                        .getOrDefault(c.getKey(), Set.of())
                                        .contains(m.slug()))
                                .toList(),
                        c.getValue(),
                        facts.evaluatedCourses().contains(c.getKey())))
                .toList();
        return new Standing(standings, courseStandings);
    }

    private static ModuleStanding module(ModuleOutline module, Facts facts) {
        var lessonIds = module.lessonIds().stream().distinct().toList();
        var done = lessonIds.stream().filter(facts.lessonsDone()::contains).collect(Collectors.toSet());
        int reading = lessonIds.stream()
                .mapToInt(id -> facts.secondsByLesson().getOrDefault(id, 0))
                .sum();
        int required =
                module.lessons().stream().mapToInt(LessonOutline::minutes).sum() * 60;
        return new ModuleStanding(
                module.slug(),
                module.revision(),
                lessonIds,
                done,
                reading,
                required,
                module.hasPostTest(),
                facts.passedModuleIds().contains(module.id()),
                facts.completions().get(module.id()));
    }
}
