package org.attune.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Set;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.catalog.CatalogService;

/**
 * Who may author what, for the signed-in person ({@code #{authors}}): admins author every course; an instructor
 * authors the courses they teach (an admin assigns them, and a course they create is theirs); nobody else
 * authors anything. A module is authored by the authors of its course, whether it is published or only in draft.
 * Every authoring page, form action, REST call and use case asks here before it reads or changes anything, and a
 * refusal is a {@link NotAnAuthorException} (a 403).
 */
@Named("authors")
@RequestScoped
public class Authors {

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

    @Inject
    Drafts drafts;

    private Set<String> taught;

    /** Whether the person may reach the Author area at all. */
    public boolean isAuthor() {
        return me.hasRole(Role.admin) || me.hasRole(Role.instructor);
    }

    public boolean isAdmin() {
        return me.hasRole(Role.admin);
    }

    public boolean mayAuthorCourse(String courseSlug) {
        if (me.hasRole(Role.admin)) {
            return true;
        }
        return me.hasRole(Role.instructor) && courseSlug != null && taught().contains(courseSlug);
    }

    /** A module, published or in draft, is authored by the authors of its course; one of no course, by admins. */
    public boolean mayAuthorModule(String moduleSlug) {
        return courseOf(moduleSlug).map(this::mayAuthorCourse).orElse(isAdmin());
    }

    /** The course a module belongs to, published or in draft. */
    public Optional<String> courseOf(String moduleSlug) {
        return catalog.courseOf(moduleSlug).or(() -> drafts.find(moduleSlug).map(ModuleDraft::getCourseSlug));
    }

    /** Refuses, as a 403, anyone who is neither an instructor nor an admin. */
    public void requireAuthor() {
        if (!isAuthor()) {
            throw new NotAnAuthorException();
        }
    }

    /** Refuses, as a 403, anyone who may not author the course. */
    public void requireCourse(String courseSlug) {
        if (!mayAuthorCourse(courseSlug)) {
            throw new NotAnAuthorException();
        }
    }

    /** Refuses, as a 403, anyone who may not author the module. */
    public void requireModule(String moduleSlug) {
        if (!mayAuthorModule(moduleSlug)) {
            throw new NotAnAuthorException();
        }
    }

    /**
     * The module's draft, for someone who may author the module: anyone else is refused (403) before a draft is
     * looked for, and a module with no draft is refused with a message.
     */
    public ModuleDraft requireDraft(String moduleSlug) throws NotADraftException {
        requireModule(moduleSlug);
        return drafts.find(moduleSlug).orElseThrow(() -> new NotADraftException(moduleSlug));
    }

    /**
     * Refuses (as a 403) anyone who may not put a zip into this module's draft: the module's authors when it exists
     * (published or in draft), else the authors of the course it would join. Asked before an upload is read, with
     * the slug of the address the zip was sent to. Returns the module's course.
     */
    public String requireImporter(String moduleSlug, String courseSlugIfNew) {
        var existing = catalog.revisionOf(moduleSlug).isPresent()
                || drafts.find(moduleSlug).isPresent();
        if (existing) {
            requireModule(moduleSlug);
            return courseOf(moduleSlug).orElse(null);
        }
        requireCourse(courseSlugIfNew);
        return courseSlugIfNew;
    }

    private Set<String> taught() {
        if (taught == null) {
            taught = me.id().map(catalog::coursesTaughtBy).orElse(Set.of());
        }
        return taught;
    }
}
