package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ImportOutcome;
import org.attune.content.ContentException;
import org.attune.content.ModuleDefinition;
import org.attune.web.Texts;

/**
 * A draft made the module's next revision: what stands in the way, and the publication itself, which writes the
 * module as its exported folder would hold it (through {@link Publishing}, the same way a changed {@code modules/}
 * folder is published) and removes the draft, in one transaction. Every call asks {@link Authors} first.
 */
@ApplicationScoped
@Transactional(rollbackOn = AuthoringRefusal.class)
public class DraftPublishing {

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

    @Inject
    ApprovalChecks approvalChecks;

    /** Why the draft cannot be published now, if it cannot (empty when it can). */
    public List<String> publishProblems(String moduleSlug) throws AuthoringRefusal {
        var definition = authors.requireDraft(moduleSlug).definition();
        var problems = new ArrayList<>(DraftRules.publishProblems(definition));
        if (definition.quiz() == null && publishing.hasPostTest(moduleSlug)) {
            problems.add(Texts.text("author.rule.postTestRemoved"));
        }
        problems.addAll(ApprovalChecks.refusals(checksOf(moduleSlug, definition)));
        if (problems.isEmpty()) {
            try {
                ModuleArchive.roundTrip(definition);
            } catch (ContentException e) {
                problems.add(Texts.text("author.rule.asFolder", e.getMessage()));
            }
        }
        return problems;
    }

    /** What the approvals of the draft's course recommend and the draft does not meet: publishing goes ahead. */
    public List<String> publishWarnings(String moduleSlug) throws AuthoringRefusal {
        return ApprovalChecks.warnings(
                checksOf(moduleSlug, authors.requireDraft(moduleSlug).definition()));
    }

    private List<org.attune.ce.ApprovalCheck> checksOf(String moduleSlug, ModuleDefinition definition)
            throws AuthoringRefusal {
        return approvalChecks.ofCourseWith(authors.requireDraft(moduleSlug).getCourseSlug(), definition);
    }

    /**
     * Publishes the draft as the module's next revision and removes the draft. Refused if the draft has problems,
     * or if a newer revision was published after the draft was started, unless the author says to replace it.
     * Returns the revision now current.
     */
    public Publication publish(String moduleSlug, boolean replaceNewerRevision) throws AuthoringRefusal {
        var draft = authors.requireDraft(moduleSlug);
        var problems = publishProblems(moduleSlug);
        if (!problems.isEmpty()) {
            throw new AuthoringRefusal("author.refusal.notPublished", String.join(" ", problems));
        }
        var current = catalog.revisionOf(moduleSlug).orElse(null);
        if (current != null && !current.equals(draft.getBaseRevision()) && !replaceNewerRevision) {
            throw draft.getBaseRevision() == null
                    ? new AuthoringRefusal("author.refusal.newerRevision.fromNothing", String.valueOf(current))
                    : new AuthoringRefusal(
                            "author.refusal.newerRevision",
                            String.valueOf(current),
                            String.valueOf(draft.getBaseRevision()));
        }
        ModuleDefinition definition;
        try {
            definition = ModuleArchive.roundTrip(draft.definition());
        } catch (ContentException e) {
            throw new AuthoringRefusal("author.refusal.notPublished.folder", e.getMessage());
        }
        var warnings = ApprovalChecks.warnings(approvalChecks.ofCourseWith(draft.getCourseSlug(), definition));
        var outcome = publishing.fromDraft(definition, draft.getCourseSlug(), me.getEmail());
        drafts.remove(draft);
        return new Publication(
                catalog.revisionOf(moduleSlug).orElseThrow(), outcome != ImportOutcome.UNCHANGED, warnings);
    }

    /** The module as published now, post-test included, as its folder would hold it (what an export zips). */
    public Optional<ModuleDefinition> publishedDefinition(String moduleSlug) {
        authors.requireModule(moduleSlug);
        return publishing.current(moduleSlug);
    }

    /**
     * What publishing did: the revision current now, whether the draft changed anything, and what the course's
     * approvals recommend that it does not meet.
     */
    public record Publication(int revision, boolean changed, List<String> warnings) implements Serializable {}
}
