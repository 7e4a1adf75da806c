package org.attune.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.attune.account.Account;
import org.attune.account.AccountService;
import org.attune.account.Notification;
import org.attune.account.NotificationPreferences;
import org.attune.account.ReaderLanguage;
import org.attune.catalog.CatalogService;
import org.attune.database.Consequence;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.mail.Letter;
import org.attune.mail.Mail;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;

/**
 * The email that tells a learner they passed a module's post-test, with their score: announced in the transaction
 * that graded the first passing attempt (the pass on record), as an outbox row keyed by the learner and the module,
 * and composed once after that commits, in the learner's language, unless the learner turned it off.
 */
@ApplicationScoped
public class PostTestLetters implements Consequence {

    /** The outbox topic of the letter; the payload names the passing attempt. */
    static final String TOPIC = "post-test-letter";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Mail mail;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    NotificationPreferences preferences;

    @Inject
    PublicUrl publicUrl;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    /** Has the learner told of the pass, once the grading transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(QuizAttempt passed) {
        var quiz = em.find(Quiz.class, passed.getQuizId());
        outbox.record(TOPIC, passed.getAccountId() + ":" + quiz.getModuleId(), Payload.of("attempt", passed.getId()));
    }

    @Override
    @Transactional
    public void follow(Payload payload) {
        var attempt = em.find(QuizAttempt.class, payload.number("attempt"));
        var learner = accounts.find(attempt.getAccountId()).orElseThrow();
        if (!learner.isActive() || !preferences.wants(learner.getId(), Notification.POST_TEST_PASSED)) {
            return;
        }
        var quiz = em.find(Quiz.class, attempt.getQuizId());
        var slug = catalog.slugOf(quiz.getModuleId()).orElseThrow();
        var title = catalog.module(slug).orElseThrow().title();
        mail.send(passed(learner, title, attempt, publicUrl.base()));
    }

    static Letter passed(Account learner, String module, QuizAttempt attempt, String base) {
        var locale = ReaderLanguage.of(learner);
        return new Letter(
                learner.getEmail(),
                Texts.text(locale, "mail.postTest.subject", module),
                Texts.text(locale, "mail.hello", learner.getFullName()) + "\n\n"
                        + Texts.text(
                                locale,
                                "mail.postTest.body",
                                module,
                                attempt.getPercent(),
                                attempt.getPassingScore(),
                                base + "/certificates")
                        + "\n\n" + Texts.text(locale, "mail.signature.notification"),
                Letter.Kind.NOTIFICATION,
                "post-test-passed",
                locale);
    }
}
