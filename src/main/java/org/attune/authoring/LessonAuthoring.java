package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.account.CurrentAccount;
import org.attune.database.DatabaseClock;
import org.attune.web.Texts;

/**
 * The lessons of a module's draft: added at the end, written (Markdown stored exactly as written; pages render it
 * sanitized), removed unless a question points to them, and put in order. A save over someone else's newer save of
 * the same lesson is refused and overwrites nothing. Every call asks {@link Authors} first.
 */
@ApplicationScoped
@Transactional(rollbackOn = AuthoringRefusal.class)
public class LessonAuthoring {

    @Inject
    Authors authors;

    @Inject
    CurrentAccount me;

    @Inject
    Drafts drafts;

    /** Adds a lesson at the end of the draft, ready to write; returns its slug. */
    public String addLesson(String moduleSlug, String title) throws AuthoringRefusal {
        var draft = authors.requireDraft(moduleSlug);
        if (title == null || title.isBlank()) {
            throw AuthoringRefusal.withFields(
                    "author.refusal.lesson.title", Map.of("title", Texts.text("author.rule.lesson.title")));
        }
        var slug = DraftRules.slugFor(
                title, draft.getLessons().stream().map(DraftLesson::getSlug).toList());
        var lesson = draft.addLesson(slug);
        lesson.write(title.strip(), 10, "Write the lesson here, in Markdown.", me.getEmail(), now());
        draft.touch(me.getEmail(), now());
        return slug;
    }

    /** The lesson as its editor loads it, if the module has a draft with that lesson. */
    public Optional<DraftLesson> lesson(String moduleSlug, String lessonSlug) {
        authors.requireModule(moduleSlug);
        return drafts.find(moduleSlug)
                .flatMap(d -> d.getLessons().stream()
                        .filter(l -> l.getSlug().equals(lessonSlug))
                        .findFirst());
    }

    /**
     * Saves the lesson as the author wrote it, unless someone saved it since the author loaded it (the version they
     * send back is no longer the one stored).
     */
    public void saveLesson(
            String moduleSlug, String lessonSlug, long loadedVersion, String title, Integer minutes, String markdown)
            throws AuthoringRefusal {
        var lesson = requireLesson(authors.requireDraft(moduleSlug), lessonSlug);
        var problems = DraftRules.lessonProblems(title, minutes, markdown);
        if (!problems.isEmpty()) {
            throw AuthoringRefusal.withFields("author.refusal.lesson.fields", problems);
        }
        Drafts.requireVersion(lesson.getVersion(), loadedVersion, lesson.getUpdatedBy(), "author.what.lesson");
        lesson.write(title.strip(), minutes, normalized(markdown), me.getEmail(), now());
        drafts.save("author.what.lesson");
    }

    /** Removes the lesson from the draft, unless a question points to it (learners would be sent nowhere). */
    public void removeLesson(String moduleSlug, String lessonSlug) throws AuthoringRefusal {
        var draft = authors.requireDraft(moduleSlug);
        var lesson = requireLesson(draft, lessonSlug);
        var askedBy = draft.getQuestions().stream()
                .filter(q -> lessonSlug.equals(q.definition().lesson()))
                .count();
        if (askedBy > 0) {
            throw new AuthoringRefusal("author.refusal.lesson.asked", lesson.getTitle(), askedBy);
        }
        draft.getLessons().remove(lesson);
        renumber(draft, List.of());
        draft.touch(me.getEmail(), now());
    }

    /** Puts the draft's lessons in the given order (slugs; any left out keep their place after those given). */
    public void reorderLessons(String moduleSlug, List<String> order) throws AuthoringRefusal {
        renumber(authors.requireDraft(moduleSlug), order);
    }

    private static void renumber(ModuleDraft draft, List<String> wanted) {
        DraftPart.renumber(draft.getLessons(), DraftLesson::getSlug, wanted);
    }

    private static DraftLesson requireLesson(ModuleDraft draft, String lessonSlug) throws AuthoringRefusal {
        return draft.getLessons().stream()
                .filter(l -> l.getSlug().equals(lessonSlug))
                .findFirst()
                .orElseThrow(() -> new AuthoringRefusal("author.refusal.lesson.gone"));
    }

    /** Browsers send text areas with CRLF line ends; lessons are kept with LF, as in their Markdown files. */
    private static String normalized(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static Instant now() {
        return Instant.now(DatabaseClock.UTC_MICROS);
    }
}
