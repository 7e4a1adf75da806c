package org.attune.authoring;

import java.io.IOException;
import java.util.Optional;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * What every page that edits part of a draft does first: a missing address is a 404, someone who may not author the
 * module gets a 403, and with no draft open the author is sent to the module's page to start one.
 */
final class DraftPages {

    private DraftPages() {}

    /** The module's draft, or empty once the response has been answered (404, 403 or a redirect). */
    static Optional<ModuleDraft> open(
            Authors authors, DraftAuthoring drafts, String moduleSlug, String part, String what) throws IOException {
        if (moduleSlug == null || part == null) {
            Faces.responseSendError(404, "There is no " + what + " at this address.");
            return Optional.empty();
        }
        if (!authors.mayAuthorModule(moduleSlug)) {
            Faces.responseSendError(403, "Only the course's instructors and admins author this " + what + ".");
            return Optional.empty();
        }
        var draft = drafts.draft(moduleSlug);
        if (draft.isEmpty()) {
            Messages.addFlashGlobalWarn(Texts.text("author.draftFirst." + what));
            Faces.redirect("author/module/" + moduleSlug);
        }
        return draft;
    }
}
