package org.attune.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.catalog.LessonOutline;
import org.attune.catalog.ModuleOutline;
import org.junit.jupiter.api.Test;

class StandingsTest {

    private static final Instant THEN = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void onlyTheModulesCurrentLessonsCountToWhatIsDoneAndWhatIsLeft() {
        var facts = facts(Set.of(1L, 99L), Set.of(), Map.of());

        var module = Standings.of(List.of(module(10, "m", 1, "c", true, 1, 2)), courses(), facts)
                .module("m")
                .orElseThrow();

        assertThat(module.lessons()).isEqualTo(new ModuleProgress(1, 2));
        assertThat(module.done(1)).isTrue();
        assertThat(module.done(2)).isFalse();
        assertThat(module.nextLesson()).contains(2L);
    }

    @Test
    void aModuleWithAPostTestIsCompleteOnlyOnceItIsPassed() {
        var lessonsOnly = facts(Set.of(1L, 2L), Set.of(), Map.of());
        var passed = facts(Set.of(1L, 2L), Set.of(10L), Map.of());
        var outline = List.of(module(10, "m", 1, "c", true, 1, 2));

        assertThat(Standings.of(outline, courses(), lessonsOnly)
                        .module("m")
                        .orElseThrow()
                        .complete())
                .isFalse();
        assertThat(Standings.of(outline, courses(), passed)
                        .module("m")
                        .orElseThrow()
                        .complete())
                .isTrue();
    }

    @Test
    void aModuleWithoutAPostTestIsCompleteWithItsLessons() {
        var module = Standings.of(
                        List.of(module(10, "m", 1, "c", false, 1, 2)),
                        courses(),
                        facts(Set.of(1L, 2L), Set.of(), Map.of()))
                .module("m")
                .orElseThrow();

        assertThat(module.meetsRule()).isTrue();
        assertThat(module.complete()).isTrue();
        assertThat(module.revisionCompleted())
                .as("not recorded yet: the current revision")
                .isEqualTo(1);
    }

    @Test
    void aCompletionOfAnEarlierRevisionStandsWhileTheNewLessonIsCountedAsLeft() {
        var revisionTwo = List.of(module(10, "m", 2, "c", true, 1, 2, 3));
        var facts = facts(Set.of(1L, 2L), Set.of(10L), Map.of(10L, new Completion(1, THEN)));

        var module = Standings.of(revisionTwo, courses(), facts).module("m").orElseThrow();

        assertThat(module.complete()).isTrue();
        assertThat(module.meetsRule()).isFalse();
        assertThat(module.revisionCompleted()).isEqualTo(1);
        assertThat(module.lessons()).isEqualTo(new ModuleProgress(2, 3));
    }

    @Test
    void aCourseHasItsPublishedModulesInCatalogOrderWithTheirReadingTimeAndTheEvaluation() {
        var outline = List.of(
                module(10, "first", 1, "c", false, 1, 2),
                module(20, "elsewhere", 1, null, false, 3),
                module(30, "second", 1, "c", false, 4));
        var facts = new Standings.Facts(Set.of(), Map.of(1L, 120, 3L, 600, 4L, 30), Set.of(), Map.of(), Set.of("c"));

        var course = Standings.of(outline, courses(), facts).course("c").orElseThrow();

        assertThat(course.modules()).extracting(ModuleStanding::slug).containsExactly("first", "second");
        assertThat(course.readingSeconds()).isEqualTo(150);
        assertThat(course.requiredReadingSeconds()).as("5 minutes a lesson").isEqualTo(900);
        assertThat(course.requiresReadingTime()).isTrue();
        assertThat(course.evaluated()).isTrue();
    }

    @Test
    void aCourseWithoutPublishedModulesStillHasAStanding() {
        var course = Standings.of(List.of(), courses(), Standings.Facts.NONE)
                .course("empty")
                .orElseThrow();

        assertThat(course.modules()).isEmpty();
        assertThat(course.evaluated()).isFalse();
    }

    private static Map<String, Boolean> courses() {
        var courses = new LinkedHashMap<String, Boolean>();
        courses.put("c", true);
        courses.put("empty", false);
        return courses;
    }

    private static Standings.Facts facts(Set<Long> lessons, Set<Long> passed, Map<Long, Completion> completions) {
        return new Standings.Facts(lessons, Map.of(), passed, completions, Set.of());
    }

    private static ModuleOutline module(
            long id, String slug, int revision, String course, boolean postTest, long... lessonIds) {
        var lessons = new ArrayList<LessonOutline>();
        for (int i = 0; i < lessonIds.length; i++) {
            lessons.add(new LessonOutline(lessonIds[i], "lesson-" + lessonIds[i], "Lesson " + lessonIds[i], i + 1, 5));
        }
        return new ModuleOutline(
                id,
                slug,
                "Module " + slug,
                "A module.",
                BigDecimal.ONE,
                List.of(),
                List.of(),
                lessons,
                revision,
                course,
                postTest);
    }
}
