package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A draft's lessons and questions are put in the order an author asks for, and numbered without gaps. */
class DraftPartTest {

    private final ModuleDraft draft = new ModuleDraft("m", "c", null, "author@example.org", Instant.EPOCH);

    @Test
    void partsTakeTheOrderAskedForAndThoseLeftOutFollowInTheirOldOrder() {
        var lessons = List.of(
                new DraftLesson(draft, "one", 1),
                new DraftLesson(draft, "two", 2),
                new DraftLesson(draft, "three", 3),
                new DraftLesson(draft, "four", 4));

        DraftPart.renumber(lessons, DraftLesson::getSlug, List.of("three", "nowhere", "one"));

        assertThat(order(lessons, DraftLesson::getSlug)).containsExactly("three", "one", "two", "four");
        assertThat(lessons.stream().map(DraftPart::getSortOrder).sorted()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void anEmptyOrderClosesTheGapARemovedPartLeft() {
        var questions = List.of(
                new DraftQuestion(draft, "q1", 1),
                new DraftQuestion(draft, "q3", 3),
                new DraftQuestion(draft, "q4", 4));

        DraftPart.renumber(questions, DraftQuestion::getKey, List.of());

        assertThat(questions).extracting(DraftPart::getSortOrder).containsExactly(1, 2, 3);
    }

    private static <P extends DraftPart> List<String> order(List<P> parts, Function<P, String> key) {
        return parts.stream()
                .sorted(Comparator.comparingInt(DraftPart::getSortOrder))
                .map(key)
                .toList();
    }
}
