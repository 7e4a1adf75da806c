package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleOutline;
import org.attune.content.QuestionType;
import org.attune.web.Dates;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.ReorderEvent;

/**
 * One module in the Author area ({@code /author/module/{slug}}): its published revision and history, and its
 * draft: details, lessons (reordered by dragging), post-test settings and questions, what stands in the way of
 * publishing, and the buttons that publish or discard it. A zip uploaded here replaces the draft. The details and
 * the post-test settings are edited in forms of their own ({@link ModuleDetailsForm}, {@link QuizSettingsForm}).
 */
@Named
@ViewScoped
public class ModuleEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Authors authors;

    @Inject
    DraftAuthoring drafts;

    @Inject
    LessonAuthoring lessonAuthoring;

    @Inject
    QuestionAuthoring questionAuthoring;

    @Inject
    DraftPublishing publication;

    @Inject
    CatalogService catalog;

    @Inject
    ModuleZipImport imports;

    @Inject
    QtiImport qtiImports;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    private String title;
    private boolean drafting;
    private String draftStatus;
    private Integer revision;
    private List<RevisionLine> revisions = List.of();
    private List<String> problems = List.of();
    private List<String> warnings = List.of();
    private boolean newerRevision;
    private long draftVersion;
    private ModuleDetailsForm details;
    private QuizSettingsForm settings;
    private DraftContents contents = DraftContents.none();
    private String newLessonTitle;
    private QuestionType newQuestionType = QuestionType.SINGLE;

    public void load() throws IOException {
        if (slug == null || !authors.mayAuthorModule(slug)) {
            Faces.responseSendError(
                    slug == null ? 404 : 403, "Only the course's instructors and admins author this module.");
            return;
        }
        refresh();
        if (!drafting && revision == null) {
            Faces.responseSendError(404, "There is no module at this address.");
        }
    }

    private void refresh() {
        revision = catalog.revisionOf(slug).orElse(null);
        revisions = catalog.revisions(slug).stream().map(RevisionLine::of).toList();
        title = catalog.module(slug).map(ModuleOutline::title).orElse(slug);
        var draft = drafts.draft(slug).orElse(null);
        drafting = draft != null;
        if (draft == null) {
            problems = List.of();
            return;
        }
        draftStatus = draft.getBaseRevision() == null
                ? Texts.text("author.module.draftStatus", draft.getUpdatedBy(), Dates.format(draft.getUpdatedAt()))
                : Texts.text(
                        "author.module.draftStatus.from",
                        draft.getUpdatedBy(),
                        Dates.format(draft.getUpdatedAt()),
                        String.valueOf(draft.getBaseRevision()));
        newerRevision = revision != null && !revision.equals(draft.getBaseRevision());
        try {
            problems = publication.publishProblems(slug);
            warnings = publication.publishWarnings(slug);
        } catch (AuthoringRefusal noDraft) {
            problems = List.of(Texts.text(Texts.current(), noDraft));
        }
        draftVersion = draft.getVersion();
        title = draft.getTitle();
        details = ModuleDetailsForm.of(draft.details());
        settings = QuizSettingsForm.of(draft.getQuizSettings());
        contents = DraftContents.of(draft);
    }

    public void startDraft() throws IOException {
        try {
            drafts.startDraft(slug);
            again(Texts.text("author.module.draftStarted", String.valueOf(revision)));
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    /** After a change of state (draft started, published, discarded, replaced) the page is loaded afresh. */
    private void again(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect("author/module/" + slug);
    }

    public void saveDetails() {
        var edited = details.toDetails();
        change(
                () -> drafts.saveDetails(slug, draftVersion, edited),
                Texts.text("author.module.detailsSaved"),
                "details");
    }

    public void saveQuizSettings() {
        var edited = settings.toSettings();
        change(
                () -> drafts.saveQuizSettings(slug, draftVersion, edited),
                Texts.text("author.module.quizSaved"),
                "quiz");
    }

    public void addLesson() throws IOException {
        try {
            var lesson = lessonAuthoring.addLesson(slug, newLessonTitle);
            Faces.redirect("author/lesson/" + slug + "/" + lesson);
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    public void removeLesson(String lessonSlug) {
        change(
                () -> lessonAuthoring.removeLesson(slug, lessonSlug),
                Texts.text("author.module.lessonRemoved"),
                "lessons");
    }

    /** The table has already moved the row; the draft takes the table's new order. */
    public void lessonsReordered(ReorderEvent event) {
        var order = contents.lessonOrder();
        change(
                () -> lessonAuthoring.reorderLessons(slug, order),
                Texts.text("author.module.lessonOrderSaved"),
                "lessons");
    }

    public void addQuestion() throws IOException {
        try {
            var key = questionAuthoring.addQuestion(slug, newQuestionType);
            Faces.redirect("author/question/" + slug + "/" + key);
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    public void removeQuestion(String key) {
        change(
                () -> questionAuthoring.removeQuestion(slug, key),
                Texts.text("author.module.questionRemoved"),
                "questions");
    }

    public void questionsReordered(ReorderEvent event) {
        var order = contents.questionOrder();
        change(
                () -> questionAuthoring.reorderQuestions(slug, order),
                Texts.text("author.module.questionOrderSaved"),
                "questions");
    }

    public void publish() throws IOException {
        try {
            var published = publication.publish(slug, newerRevision);
            published
                    .warnings()
                    .forEach(w -> Messages.addFlashGlobalWarn(Texts.text("author.module.publishedWarning", w)));
            again(Texts.text(
                    published.changed() ? "author.module.published" : "author.module.unchanged",
                    String.valueOf(published.revision())));
        } catch (AuthoringRefusal refused) {
            refresh();
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    public void discard() throws IOException {
        drafts.discard(slug);
        again(Texts.text("author.module.discarded"));
    }

    /**
     * A zip of this module in the modules/ folder format replaces the draft (and starts one if there is none). The
     * page's own module is the one imported into, and who may is checked before the zip is read.
     */
    public void upload(FileUploadEvent event) throws IOException {
        try (var in = event.getFile().getInputStream()) {
            imports.into(slug, null, in);
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
            return;
        } catch (IOException e) {
            Messages.addGlobalError(Texts.text("author.module.uploadBroken"));
            return;
        }
        again(Texts.text("author.module.zipImported"));
    }

    /**
     * A QTI 3.0 package's questions added to the draft's post-test (a draft is started if there is none), then the
     * page afresh with what was added and every note on what was skipped, dropped or removed.
     */
    public void uploadQti(FileUploadEvent event) throws IOException {
        QtiImport.Outcome outcome;
        try (var in = event.getFile().getInputStream()) {
            outcome = qtiImports.into(slug, in);
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
            return;
        } catch (IOException e) {
            Messages.addGlobalError(Texts.text("author.module.uploadBroken"));
            return;
        }
        outcome.notes().forEach(Messages::addFlashGlobalWarn);
        var added = outcome.added();
        again(Texts.text("author.module.qtiImported", added.size(), String.join(", ", added)));
    }

    /** A change from one of the page's forms: then the draft as it is now, or why not, beside what was typed. */
    private void change(Change change, String done, String formId) {
        try {
            change.make();
            refresh();
            Messages.addGlobalInfo(done);
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, formId);
        }
    }

    private interface Change {
        void make() throws AuthoringRefusal;
    }

    /** The module's title as saved (the heading keeps it while the details form holds an unsaved one). */
    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isDrafting() {
        return drafting;
    }

    public String getDraftStatus() {
        return draftStatus;
    }

    public Integer getRevision() {
        return revision;
    }

    public boolean isNewerRevision() {
        return newerRevision;
    }

    public List<RevisionLine> getRevisions() {
        return revisions;
    }

    /** What the course's approvals recommend and the draft does not meet; publishing goes ahead with them. */
    public List<String> getWarnings() {
        return warnings;
    }

    public List<String> getProblems() {
        return problems;
    }

    public ModuleDetailsForm getDetails() {
        return details;
    }

    public QuizSettingsForm getSettings() {
        return settings;
    }

    public List<DraftContents.LessonLine> getLessons() {
        return contents.lessons();
    }

    public List<DraftContents.QuestionLine> getQuestions() {
        return contents.questions();
    }

    public List<QuestionType> getQuestionTypes() {
        return List.of(QuestionType.values());
    }

    public String typeLabel(QuestionType type) {
        return QuestionForm.typeName(type);
    }

    public String getNewLessonTitle() {
        return newLessonTitle;
    }

    public void setNewLessonTitle(String newLessonTitle) {
        this.newLessonTitle = newLessonTitle;
    }

    public QuestionType getNewQuestionType() {
        return newQuestionType;
    }

    public void setNewQuestionType(QuestionType newQuestionType) {
        this.newQuestionType = newQuestionType;
    }
}
