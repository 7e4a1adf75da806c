package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuizSettings;
import org.attune.database.DatabaseClock;
import org.attune.web.Texts;

/**
 * A module's draft as a whole: started from the revision learners see, started empty for a new module, replaced by
 * an imported zip, its details and post-test settings saved, or thrown away. Learners see none of it until it is
 * published ({@link DraftPublishing}). Every call asks {@link Authors} first; a refused save changes nothing.
 */
@ApplicationScoped
@Transactional(rollbackOn = AuthoringRefusal.class)
public class DraftAuthoring {

    @Inject
    Authors authors;

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

    @Inject
    Drafts drafts;

    @Inject
    Publishing publishing;

    /** The module's draft, if someone has started one. */
    public Optional<ModuleDraft> draft(String moduleSlug) {
        authors.requireModule(moduleSlug);
        return drafts.find(moduleSlug).map(Drafts::loaded);
    }

    /** The module's draft, started now as a copy of its current revision if there is none yet. */
    public ModuleDraft startDraft(String moduleSlug) throws AuthoringRefusal {
        authors.requireModule(moduleSlug);
        var existing = drafts.find(moduleSlug);
        if (existing.isPresent()) {
            return Drafts.loaded(existing.get());
        }
        var published =
                publishing.current(moduleSlug).orElseThrow(() -> new AuthoringRefusal("author.refusal.neverPublished"));
        var draft = ModuleDraft.of(
                published,
                catalog.courseOf(moduleSlug).orElse(null),
                catalog.revisionOf(moduleSlug).orElse(null),
                me.getEmail(),
                now());
        drafts.add(draft);
        return Drafts.loaded(draft);
    }

    /** Starts a new module of the course as a draft, ready for its first lesson; returns its slug. */
    public String newModule(String courseSlug, String title) throws AuthoringRefusal {
        authors.requireCourse(courseSlug);
        if (title == null || title.isBlank()) {
            throw AuthoringRefusal.withFields(
                    "author.refusal.module.title", Map.of("title", Texts.text("author.rule.module.title")));
        }
        var taken = new HashSet<>(catalog.allModuleSlugs());
        taken.addAll(drafts.slugs());
        var slug = DraftRules.slugFor(title, taken);
        var by = me.getEmail();
        var draft = new ModuleDraft(slug, courseSlug, null, by, now());
        draft.describe(
                new ModuleDraft.Details(
                        title.strip(), title.strip(), new BigDecimal("0.50"), 100, List.of(), List.of()),
                by,
                now());
        draft.configureQuiz(QuizSettings.DEFAULTS, by, now());
        drafts.add(draft);
        return slug;
    }

    /**
     * Puts an imported module (a zip) into the module's draft, replacing any draft there: nothing reaches learners
     * until the draft is published. A module not yet in the catalog joins the given course.
     */
    public void importIntoDraft(ModuleDefinition module, String courseSlugIfNew) {
        var course = authors.requireImporter(module.slug(), courseSlugIfNew);
        drafts.find(module.slug()).ifPresent(drafts::remove);
        drafts.add(
                ModuleDraft.of(module, course, catalog.revisionOf(module.slug()).orElse(null), me.getEmail(), now()));
    }

    public void saveDetails(String moduleSlug, long loadedVersion, ModuleDraft.Details details)
            throws AuthoringRefusal {
        var draft = authors.requireDraft(moduleSlug);
        var problems = DraftRules.detailsProblems(details);
        if (!problems.isEmpty()) {
            throw AuthoringRefusal.withFields("author.refusal.details.fields", problems);
        }
        Drafts.requireVersion(draft.getVersion(), loadedVersion, draft.getUpdatedBy(), "author.what.details");
        draft.describe(details, me.getEmail(), now());
        drafts.save("author.what.details");
    }

    public void saveQuizSettings(String moduleSlug, long loadedVersion, QuizSettings settings) throws AuthoringRefusal {
        var draft = authors.requireDraft(moduleSlug);
        var problems = DraftRules.quizProblems(settings, draft.getQuestions().size());
        if (!problems.isEmpty()) {
            throw AuthoringRefusal.withFields("author.refusal.quiz.fields", problems);
        }
        Drafts.requireVersion(draft.getVersion(), loadedVersion, draft.getUpdatedBy(), "author.what.quiz");
        draft.configureQuiz(settings, me.getEmail(), now());
        drafts.save("author.what.quiz");
    }

    /** Throws the draft away; learners never saw it, and the module stays at its current revision. */
    public void discard(String moduleSlug) {
        authors.requireModule(moduleSlug);
        drafts.find(moduleSlug).ifPresent(drafts::remove);
    }

    private static Instant now() {
        return Instant.now(DatabaseClock.UTC_MICROS);
    }
}
