package org.attune.learner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CourseSummary;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ModuleStanding;
import org.attune.progress.ProgressService;
import org.attune.progress.Standing;
import org.attune.web.PathParameters;
import org.omnifaces.util.Faces;

/** The catalog ({@code /}): every course and its modules, and for a signed-in learner their standing in each. */
@Named
@RequestScoped
public class CatalogView {

    /** Set when the address has more after {@code /} than the catalog: an unknown page. */
    private String unknownPath;

    @PostConstruct
    void readAddress() {
        unknownPath = PathParameters.at(0);
    }

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    CurrentAccount me;

    private List<CourseSummary> courses;
    private Standing standing;

    /**
     * No transaction: what the page reads comes from the published catalog and the learner's cached standing, so a
     * warm view runs no SQL at all.
     */
    public void load() throws IOException {
        if (unknownPath != null) {
            Faces.responseSendError(404, "There is no page at this address.");
            return;
        }
        courses = catalog.courses();
        standing = me.id().map(progress::standing).orElse(null);
    }

    /** The courses with their modules; modules of no course come last, as a course whose slug is null. */
    public List<CourseSummary> getCourses() {
        return courses;
    }

    public ModuleProgress progressOf(String moduleSlug) {
        return module(moduleSlug).map(ModuleStanding::lessons).orElse(ModuleProgress.NONE);
    }

    public boolean isComplete(String moduleSlug) {
        return module(moduleSlug).map(ModuleStanding::complete).orElse(false);
    }

    private Optional<ModuleStanding> module(String slug) {
        return standing == null ? Optional.empty() : standing.module(slug);
    }
}
