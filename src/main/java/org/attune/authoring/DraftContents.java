package org.attune.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A draft's lessons and questions as the module page's tables list them, in their order. The lists are mutable: a
 * table whose rows are dragged reorders its list in place before it tells the page.
 */
record DraftContents(List<LessonLine> lessons, List<QuestionLine> questions) implements Serializable {

    /** A lesson of the draft, as the list shows it. */
    public record LessonLine(String slug, String title, int minutes, String updatedBy) implements Serializable {}

    /** A question of the draft, as the list shows it, with the title of the lesson it points to. */
    public record QuestionLine(String key, String type, String prompt, String lesson) implements Serializable {}

    static DraftContents none() {
        return new DraftContents(new ArrayList<>(), new ArrayList<>());
    }

    static DraftContents of(ModuleDraft draft) {
        var ordered = draft.getLessons().stream()
                .sorted(Comparator.comparingInt(DraftLesson::getSortOrder))
                .toList();
        var titles = ordered.stream().collect(Collectors.toMap(DraftLesson::getSlug, DraftLesson::getTitle));
        var lessons = ordered.stream()
                .map(l -> new LessonLine(l.getSlug(), l.getTitle(), l.getMinutes(), l.getUpdatedBy()))
                .collect(Collectors.toCollection(ArrayList::new));
        var questions = draft.getQuestions().stream()
                .sorted(Comparator.comparingInt(DraftQuestion::getSortOrder))
                .map(q -> new QuestionLine(
                        q.getKey(),
                        QuestionForm.typeName(q.definition().type()),
                        q.definition().prompt(),
                        titles.get(q.definition().lesson())))
                .collect(Collectors.toCollection(ArrayList::new));
        return new DraftContents(lessons, questions);
    }

    /** The lessons' slugs in the order the table shows them now. */
    List<String> lessonOrder() {
        return lessons.stream().map(LessonLine::slug).toList();
    }

    /** The questions' ids in the order the table shows them now. */
    List<String> questionOrder() {
        return questions.stream().map(QuestionLine::key).toList();
    }
}
