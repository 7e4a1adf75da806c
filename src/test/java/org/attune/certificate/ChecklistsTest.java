package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.content.CourseDefinition;
import org.attune.progress.Completion;
import org.attune.progress.CourseStanding;
import org.attune.progress.ModuleStanding;
import org.junit.jupiter.api.Test;

class ChecklistsTest {

    private static final Map<String, String> TITLES = Map.of("m", "Attunement");

    @Test
    void aNewLearnerHasTheLessonsThePostTestAndTheEvaluationLeft() {
        var checklist = Checklists.of(course(false), standing(module(Set.of(), false, null), false, false), TITLES);

        assertThat(checklist.items())
                .extracting(i -> i.label() + ": " + i.detail() + (i.done() ? " (done)" : ""))
                .containsExactly(
                        "Attunement: lessons: 0 of 2 complete",
                        "Attunement: post-test: not passed yet",
                        "Course evaluation: not submitted yet");
        assertThat(checklist.remaining()).isEqualTo(3);
        assertThat(checklist.complete()).isFalse();
    }

    @Test
    void aCompletedModuleIsOneItemNamingTheRevisionCompleted() {
        var completed = module(Set.of(1L), true, new Completion(1, Instant.parse("2026-11-02T09:00:00Z")));

        var checklist = Checklists.of(course(false), standing(completed, false, true), TITLES);

        assertThat(checklist.items().get(0))
                .isEqualTo(new Checklist.Item("Attunement", "completed (revision 1)", true, "/modules/m"));
        assertThat(checklist.complete()).isTrue();
    }

    @Test
    void aCompleteCourseWaitsForTheLearnersEmailAddressToBeConfirmed() {
        var completed = module(Set.of(1L), true, new Completion(1, Instant.parse("2026-11-02T09:00:00Z")));

        var unconfirmed = Checklists.of(course(false), standing(completed, false, true), TITLES, false);
        var confirmed = Checklists.of(course(false), standing(completed, false, true), TITLES, true);

        assertThat(unconfirmed.complete()).isFalse();
        assertThat(unconfirmed.items())
                .filteredOn(i -> !i.done())
                .singleElement()
                .satisfies(i ->
                        assertThat(i.label() + ": " + i.detail()).startsWith("Your email address: not confirmed yet"));
        assertThat(confirmed.complete()).isTrue();
        assertThat(confirmed.items()).noneMatch(i -> i.label().equals("Your email address"));
    }

    @Test
    void readingTimeIsAnItemOnlyWhenTheCourseRequiresItAndWaitsForTheWholeTime() {
        var done = module(Set.of(1L, 2L), true, null);

        var required = Checklists.of(course(true), standing(done, true, true), TITLES);
        var notRequired = Checklists.of(course(false), standing(done, false, true), TITLES);

        assertThat(required.items())
                .filteredOn(i -> i.label().equals("Reading time"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.detail()).startsWith("9 of 10 minutes");
                    assertThat(i.done()).isFalse();
                });
        assertThat(required.complete()).isFalse();
        assertThat(notRequired.items()).noneMatch(i -> i.label().equals("Reading time"));
        assertThat(notRequired.complete()).isTrue();
    }

    private static CourseDefinition course(boolean readingTime) {
        return new CourseDefinition("c", "The course", "", "", "Provider", "Approved.", true, readingTime, List.of());
    }

    private static CourseStanding standing(ModuleStanding module, boolean readingTime, boolean evaluated) {
        return new CourseStanding("c", List.of(module), readingTime, evaluated);
    }

    private static ModuleStanding module(Set<Long> done, boolean passed, Completion completion) {
        return new ModuleStanding("m", 2, List.of(1L, 2L), done, 540, 600, true, passed, completion);
    }
}
