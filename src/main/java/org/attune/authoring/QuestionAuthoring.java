package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attune.account.CurrentAccount;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.attune.database.DatabaseClock;

/**
 * The post-test questions of a module's draft: added with placeholder text to replace, written (each pointing to
 * the lesson that teaches it), removed and put in order. A save over someone else's newer save of the same question
 * is refused and overwrites nothing. Every call asks {@link Authors} first.
 */
@ApplicationScoped
@Transactional(rollbackOn = AuthoringRefusal.class)
public class QuestionAuthoring {

    @Inject
    Authors authors;

    @Inject
    CurrentAccount me;

    @Inject
    Drafts drafts;

    /** Adds a question of the given type at the end of the pool, with placeholder text to replace; returns its id. */
    public String addQuestion(String moduleSlug, QuestionType type) throws AuthoringRefusal {
        var draft = authors.requireDraft(moduleSlug);
        if (draft.getLessons().isEmpty()) {
            throw new AuthoringRefusal("author.refusal.question.lessonFirst");
        }
        var key = DraftRules.nextQuestionKey(
                draft.getQuestions().stream().map(DraftQuestion::getKey).toList());
        var firstLesson = draft.getLessons().stream()
                .min(Comparator.comparingInt(DraftLesson::getSortOrder))
                .orElseThrow()
                .getSlug();
        var question = draft.addQuestion(key);
        question.write(QuestionTemplates.blank(key, type, firstLesson), me.getEmail(), now());
        draft.touch(me.getEmail(), now());
        return key;
    }

    /** The question as its editor loads it, if the module has a draft with that question. */
    public Optional<DraftQuestion> question(String moduleSlug, String key) {
        authors.requireModule(moduleSlug);
        return drafts.find(moduleSlug)
                .flatMap(d -> d.getQuestions().stream()
                        .filter(q -> q.getKey().equals(key))
                        .findFirst());
    }

    public void saveQuestion(String moduleSlug, long loadedVersion, QuestionDefinition edited) throws AuthoringRefusal {
        var draft = authors.requireDraft(moduleSlug);
        var question = draft.getQuestions().stream()
                .filter(q -> q.getKey().equals(edited.key()))
                .findFirst()
                .orElseThrow(() -> new AuthoringRefusal("author.refusal.question.gone"));
        var lessons = draft.getLessons().stream().map(DraftLesson::getSlug).collect(Collectors.toSet());
        var problems = DraftRules.questionProblems(edited, lessons);
        if (!problems.isEmpty()) {
            throw AuthoringRefusal.withFields("author.refusal.question.fields", problems);
        }
        Drafts.requireVersion(question.getVersion(), loadedVersion, question.getUpdatedBy(), "author.what.question");
        question.write(edited, me.getEmail(), now());
        drafts.save("author.what.question");
    }

    public void removeQuestion(String moduleSlug, String key) throws AuthoringRefusal {
        var draft = authors.requireDraft(moduleSlug);
        draft.getQuestions().removeIf(q -> q.getKey().equals(key));
        renumber(draft, List.of());
        draft.touch(me.getEmail(), now());
    }

    /** Puts the pool in the given order (question ids; any left out keep their place after those given). */
    public void reorderQuestions(String moduleSlug, List<String> keys) throws AuthoringRefusal {
        renumber(authors.requireDraft(moduleSlug), keys);
    }

    private static void renumber(ModuleDraft draft, List<String> wanted) {
        DraftPart.renumber(draft.getQuestions(), DraftQuestion::getKey, wanted);
    }

    private static Instant now() {
        return Instant.now(DatabaseClock.UTC_MICROS);
    }
}
