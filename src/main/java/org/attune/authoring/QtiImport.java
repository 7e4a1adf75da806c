package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.attune.account.CurrentAccount;
import org.attune.content.QuestionDefinition;
import org.attune.database.DatabaseClock;
import org.attune.web.Texts;

/**
 * A QTI 3.0 package's questions added to the end of a module's draft post-test (a draft is started from the
 * published revision if there is none). Who may import is asked from the address alone, before a byte of the
 * package is read. A question keeps its item's identifier as its id unless the draft has that id already, when it
 * takes the next free one; nothing in the draft is replaced. A package that does not read, or holds no question
 * Attune can ask, changes nothing: the draft is as it was.
 */
@ApplicationScoped
@Transactional(rollbackOn = AuthoringRefusal.class)
public class QtiImport {

    @Inject
    Authors authors;

    @Inject
    DraftAuthoring drafts;

    @Inject
    CurrentAccount me;

    /** The ids of the questions added, and what the author must know about what was skipped, dropped or removed. */
    public record Outcome(List<String> added, List<String> notes) {}

    public Outcome into(String moduleSlug, InputStream upload) throws AuthoringRefusal {
        authors.requireModule(moduleSlug);
        var draft = drafts.startDraft(moduleSlug);
        var lessons = draft.getLessons().stream().map(DraftLesson::getSlug).collect(Collectors.toSet());
        QtiReader.Read read;
        try {
            read = QtiReader.read(upload, lessons);
        } catch (QtiRefusal refused) {
            throw new AuthoringRefusal("author.refusal.qti.unreadable", Texts.text(Texts.current(), refused));
        }
        if (read.questions().isEmpty()) {
            throw new AuthoringRefusal("author.refusal.qti.noQuestion", String.join(" ", read.notes()));
        }
        var taken = new HashSet<>(
                draft.getQuestions().stream().map(DraftQuestion::getKey).toList());
        var added = new ArrayList<String>();
        var by = me.getEmail();
        var now = Instant.now(DatabaseClock.UTC_MICROS);
        for (var question : read.questions()) {
            var key = taken.contains(question.key()) || question.key().length() > 80
                    ? DraftRules.nextQuestionKey(taken)
                    : question.key();
            taken.add(key);
            draft.addQuestion(key).write(withKey(question, key), by, now);
            added.add(key);
        }
        draft.touch(by, now);
        return new Outcome(List.copyOf(added), read.notes());
    }

    private static QuestionDefinition withKey(QuestionDefinition q, String key) {
        return new QuestionDefinition(
                key,
                q.type(),
                q.lesson(),
                q.prompt(),
                q.rationale(),
                q.choices(),
                q.partialCredit(),
                q.answer(),
                q.steps(),
                q.pairs());
    }
}
