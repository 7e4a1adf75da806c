package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.attune.catalog.CatalogPublishing;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ImportOutcome;
import org.attune.content.CourseDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.quiz.PostTestDefinitions;

/**
 * The one way a module's definition becomes what learners see, whether it comes from a changed {@code modules/}
 * folder at start-up or from an author's draft (written in the Author area or imported as a zip): its lessons go
 * into the catalog and its post-test into quiz in one transaction, so that a module is never left with new lessons
 * and an old post-test, and a failure leaves it exactly as it was. The post-test is written only when the catalog
 * took the definition as a new revision, and so is the revision's text (every file of the module as its exported
 * folder holds it, {@link ModuleArchive#files}). Who may publish is not asked here (the start-up import has nobody signed
 * in); the Author area asks {@link Authors} before it comes here.
 */
@ApplicationScoped
public class Publishing {

    @Inject
    CatalogPublishing catalog;

    @Inject
    CatalogService published;

    @Inject
    PostTestDefinitions postTests;

    /**
     * A module folder read at start-up, in a transaction of its own: a module that fails leaves the others imported
     * and is tried again at the next start.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportOutcome fromFolder(ModuleDefinition module, String courseSlug) {
        return withPostTest(module, catalog.importModule(module, courseSlug));
    }

    /** The course that a {@code modules/} folder's course.yaml describes, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void courseFromFolder(CourseDefinition course) {
        catalog.importCourse(course);
    }

    /** An author's draft as the module's next revision, in the caller's transaction (which removes the draft). */
    @Transactional
    public ImportOutcome fromDraft(ModuleDefinition module, String courseSlug, String publishedBy) {
        return withPostTest(module, catalog.publishModule(module, courseSlug, publishedBy));
    }

    /** The module as published now, post-test included, as its folder would hold it. */
    @Transactional
    public Optional<ModuleDefinition> current(String moduleSlug) {
        return published
                .definitionOf(moduleSlug)
                .map(m -> m.with(postTests.definitionOf(moduleSlug).orElse(null), m.language(), m.translations()));
    }

    /** Whether learners of the module as published now take a post-test. */
    @Transactional
    public boolean hasPostTest(String moduleSlug) {
        return postTests.definitionOf(moduleSlug).isPresent();
    }

    private ImportOutcome withPostTest(ModuleDefinition module, ImportOutcome outcome) {
        if (outcome != ImportOutcome.UNCHANGED) {
            catalog.keepText(module.slug(), ModuleArchive.files(module));
        }
        if (outcome != ImportOutcome.UNCHANGED && module.quiz() != null) {
            postTests.importQuiz(module.slug(), module.quiz());
        }
        return outcome;
    }
}
