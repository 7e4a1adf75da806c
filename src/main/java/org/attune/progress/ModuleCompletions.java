package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.attune.catalog.CatalogService;
import org.attune.database.Consequence;
import org.attune.database.DatabaseClock;
import org.attune.database.Outbox;
import org.attune.database.Payload;

/**
 * What follows a completed lesson or a passed post-test: records the learner's completion of the module, with its
 * revision then, if their standing now meets the rule and no completion is on record; and with it the outbox row
 * whose consequence checks the module's course. Run again, it finds the completion and does nothing (and two runs
 * at once cannot both record one: one completion per learner and module, by a unique key).
 */
@ApplicationScoped
@Transactional
public class ModuleCompletions implements Consequence {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    Outbox outbox;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    @Override
    public Set<String> topics() {
        return Set.of(LessonCompletion.COMPLETED, PostTestPass.PASSED);
    }

    @Override
    public void follow(Payload payload) {
        recordIfComplete(payload.number("account"), payload.text("module"));
    }

    private void recordIfComplete(long accountId, String moduleSlug) {
        var standing = progress.standing(accountId).module(moduleSlug);
        var module = catalog.module(moduleSlug);
        if (standing.isEmpty()
                || module.isEmpty()
                || standing.get().completion() != null
                || !standing.get().meetsRule()) {
            return;
        }
        em.persist(
                new ModuleCompletion(accountId, module.get().id(), module.get().revision(), Instant.now(clock)));
        outbox.record(
                ModuleCompletion.COMPLETED,
                accountId + ":" + moduleSlug,
                Payload.of("account", accountId, "module", moduleSlug));
    }
}
