package org.attune.learner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.catalog.LessonPage;
import org.attune.catalog.LessonReading;
import org.attune.database.Settings;
import org.attune.progress.LessonTokens;
import org.attune.progress.ModuleProgress;
import org.attune.progress.ProgressService;
import org.attune.web.PathParameters;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A lesson as a signed-in learner reads it ({@code /learn/{module}/{lesson}}): the text, previous and next, the
 * module's progress bar, and "Mark complete". Marking it complete records the fact; what follows (the module's
 * completion, the certificate) follows from it, not from this page.
 */
@Named
@RequestScoped
public class LessonView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String moduleSlug;
    private String lessonSlug;

    @PostConstruct
    void readAddress() {
        moduleSlug = PathParameters.at(0);
        lessonSlug = PathParameters.at(1);
    }

    @Inject
    CatalogService catalog;

    @Inject
    ProgressService progress;

    @Inject
    CurrentAccount me;

    @Inject
    LessonTokens timeTokens;

    @Inject
    Settings settings;

    private LessonPage page;
    private ModuleProgress moduleProgress;
    private boolean completed;
    private int activeSeconds;

    /**
     * No transaction: what the page reads comes from the published catalog and the learner's cached standing, so a
     * warm view runs no SQL at all.
     */
    public void load() throws IOException {
        page = moduleSlug == null || lessonSlug == null
                ? null
                : catalog.lesson(moduleSlug, lessonSlug).orElse(null);
        if (page == null) {
            Faces.responseSendError(404, "There is no lesson at this address.");
            return;
        }
        refreshProgress();
    }

    public void markComplete() throws IOException {
        if (page == null) {
            load();
        }
        progress.markComplete(learnerId(), page.lesson().id());
        refreshProgress();
        if (moduleProgress.lessonsComplete()) {
            Messages.addGlobalInfo(Texts.text("learn.lesson.allComplete"));
        }
    }

    private void refreshProgress() {
        activeSeconds =
                progress.activeSeconds(learnerId()).getOrDefault(page.lesson().id(), 0);
        var standing = progress.standing(learnerId()).module(moduleSlug);
        completed = standing.map(s -> s.done(page.lesson().id())).orElse(false);
        moduleProgress = standing.map(s -> s.lessons()).orElse(ModuleProgress.NONE);
    }

    private long learnerId() {
        return me.id().orElseThrow(() -> new IllegalStateException("Lesson pages are for signed-in learners only"));
    }

    /**
     * The page is stateless (nothing of it is kept in the learner's session), so on "Mark lesson complete" the bean
     * is new and loads the lesson again from the address: the view action runs only when the page is opened.
     */
    public LessonPage getPage() throws IOException {
        if (page == null && moduleProgress == null) {
            load();
        }
        return page;
    }

    /**
     * The lesson in the page's language: its translation when there is one, else the original (which the page
     * marks with a note and wraps in the original's {@code lang}).
     */
    public LessonReading getReading() throws IOException {
        var lesson = getPage();
        return lesson == null ? null : lesson.in(getPageLanguage());
    }

    /** The page's language as content is tagged with it: {@code en}, {@code es}. */
    public String getPageLanguage() {
        return Texts.current().getLanguage();
    }

    public ModuleProgress getModuleProgress() {
        return moduleProgress;
    }

    /** Whole minutes of active time the learner has spent on this lesson so far. */
    public int getActiveMinutes() {
        return activeSeconds / 60;
    }

    /**
     * The signed token the page's time-on-task reports carry: this learner, this lesson, served now. Nothing of it
     * is kept on the server, so the page stays stateless.
     */
    public String getTimeToken() {
        return timeTokens.issue(learnerId(), page.lesson().id());
    }

    /** After this long without a key, pointer or scroll, the time-on-task clock stops (ATTUNE_IDLE_MINUTES). */
    public int getIdleMinutes() {
        return settings.idleMinutes();
    }

    public boolean isCompleted() {
        return completed;
    }
}
