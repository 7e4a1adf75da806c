package org.attune.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleOutline;
import org.attune.certificate.CertificateIssued;
import org.attune.certificate.CourseCompleted;
import org.attune.content.CourseDefinition;
import org.attune.database.DatabaseClock;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.progress.LessonCompletion;
import org.attune.progress.ModuleCompletion;
import org.attune.quiz.AttemptGraded;
import org.attune.quiz.AttemptStarted;
import org.attune.web.PublicUrl;

/**
 * Hears the facts the features record, within their transactions, and when a learning record store is configured
 * queues one statement per fact ({@link XapiStatement}) with the outbox row that sends it ({@link
 * StatementDelivery}): both stand or fall with the fact. A fact heard again queues nothing. When no store is
 * configured nothing is queued, so nothing is sent later either.
 */
@ApplicationScoped
public class StatementRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Lrs lrs;

    @Inject
    Actors actors;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Outbox outbox;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    void factRecorded(@Observes Outbox.Fact fact) {
        if (!lrs.isReported()) {
            return;
        }
        var payload = fact.payload();
        if (LessonCompletion.COMPLETED.equals(fact.topic())
                && payload.optional("lesson").isPresent()) {
            lessonCompleted(payload.number("account"), payload.text("module"), payload.number("lesson"));
        } else if (ModuleCompletion.COMPLETED.equals(fact.topic())) {
            moduleCompleted(payload.number("account"), payload.text("module"));
        }
    }

    void attemptStarted(@Observes AttemptStarted started) {
        if (!lrs.isReported()) {
            return;
        }
        module(started.moduleSlug())
                .ifPresent(module -> queue(
                        "attempt-started:" + started.attemptId(),
                        started.accountId(),
                        Verb.ATTEMPTED,
                        Activity.postTest(base(), module.slug(), module.title()),
                        Optional.empty(),
                        Optional.of(Activity.module(base(), module.slug(), module.title())),
                        started.startedAt()));
    }

    void attemptGraded(@Observes AttemptGraded graded) {
        if (!lrs.isReported()) {
            return;
        }
        module(graded.moduleSlug())
                .ifPresent(module -> queue(
                        "attempt-graded:" + graded.attemptId(),
                        graded.accountId(),
                        graded.passed() ? Verb.PASSED : Verb.FAILED,
                        Activity.postTest(base(), module.slug(), module.title()),
                        Optional.of(Statements.score(graded.earned(), graded.possible(), graded.passed())),
                        Optional.of(Activity.module(base(), module.slug(), module.title())),
                        graded.gradedAt()));
    }

    void courseCompleted(@Observes CourseCompleted completed) {
        if (!lrs.isReported()) {
            return;
        }
        catalog.course(completed.courseSlug())
                .ifPresent(course -> queue(
                        "course:" + completed.accountId() + ":" + course.slug(),
                        completed.accountId(),
                        Verb.COMPLETED,
                        Activity.course(base(), course.slug(), course.title()),
                        Optional.of(Statements.completion()),
                        Optional.empty(),
                        completed.completedAt()));
    }

    void certificateIssued(@Observes CertificateIssued issued) {
        if (!lrs.isReported()) {
            return;
        }
        var title =
                catalog.course(issued.courseSlug()).map(CourseDefinition::title).orElse(issued.courseSlug());
        queue(
                "certificate:" + issued.code(),
                issued.accountId(),
                Verb.EARNED,
                Activity.certificate(base(), issued.code(), title),
                Optional.empty(),
                catalog.course(issued.courseSlug()).map(course -> Activity.course(base(), course.slug(), title)),
                issued.issuedAt());
    }

    private void lessonCompleted(long accountId, String moduleSlug, long lessonId) {
        module(moduleSlug)
                .ifPresent(module -> module.lessons().stream()
                        .filter(lesson -> lesson.id() == lessonId)
                        .findFirst()
                        .ifPresent(lesson -> queue(
                                "lesson:" + accountId + ":" + lessonId,
                                accountId,
                                Verb.EXPERIENCED,
                                Activity.lesson(base(), module.slug(), lesson.slug(), lesson.title()),
                                Optional.empty(),
                                Optional.of(Activity.module(base(), module.slug(), module.title())),
                                Instant.now(clock))));
    }

    private void moduleCompleted(long accountId, String moduleSlug) {
        module(moduleSlug)
                .ifPresent(module -> queue(
                        "module:" + accountId + ":" + module.slug(),
                        accountId,
                        Verb.COMPLETED,
                        Activity.module(base(), module.slug(), module.title()),
                        Optional.of(Statements.completion()),
                        Optional.ofNullable(module.courseSlug())
                                .flatMap(catalog::course)
                                .map(course -> Activity.course(base(), course.slug(), course.title())),
                        Instant.now(clock)));
    }

    /** Queues the fact's statement in the fact's transaction, unless the fact has one. */
    private void queue(
            String fact,
            long accountId,
            Verb verb,
            Activity object,
            Optional<JsonObject> result,
            Optional<Activity> partOf,
            Instant at) {
        var known = em.createNamedQuery("XapiStatement.ofFact", String.class)
                .setParameter("fact", fact)
                .getResultList();
        if (!known.isEmpty()) {
            return;
        }
        var config = lrs.config().orElseThrow();
        var id = UUID.randomUUID();
        var statement = Statements.statement(id, actor(config, accountId), verb, object, result, partOf, at);
        em.persist(new XapiStatement(id.toString(), fact, accountId, statement.toString(), Instant.now(clock)));
        outbox.record(StatementDelivery.TOPIC, id.toString(), Payload.of("statement", id));
    }

    private JsonObject actor(LrsConfig config, long accountId) {
        if (config.actor() == LrsConfig.Actor.MBOX) {
            return Statements.mboxActor(accounts.find(accountId).orElseThrow().getEmail());
        }
        String name;
        try {
            name = actors.nameOf(accountId);
        } catch (RuntimeException raced) {
            // The learner's first two statements at once: the other transaction gave the name.
            name = actors.existingNameOf(accountId);
        }
        return Statements.accountActor(base(), name);
    }

    private Optional<ModuleOutline> module(String slug) {
        return catalog.module(slug);
    }

    private String base() {
        return publicUrl.base();
    }
}
