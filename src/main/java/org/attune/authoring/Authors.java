package org.attune.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.catalog.CatalogService;

/**
 * Who may author what, for the signed-in person ({@code #{authors}}): admins author every course; an instructor
 * authors the courses they teach (an admin assigns them, and a course they create is theirs); nobody else
 * authors anything. Every authoring page, form action and REST call asks here before it reads or changes
 * anything.
 */
@Named("authors")
@RequestScoped
public class Authors {

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

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

    /** A module is authored by the authors of its course; a module of no course, by admins only. */
    public boolean mayAuthorModule(String moduleSlug) {
        if (me.hasRole(Role.admin)) {
            return true;
        }
        return mayAuthorCourse(catalog.courseOf(moduleSlug).orElse(null));
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

    private Set<String> taught() {
        if (taught == null) {
            taught = me.id().map(catalog::coursesTaughtBy).orElse(Set.of());
        }
        return taught;
    }
}
