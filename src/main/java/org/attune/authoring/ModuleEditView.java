package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleRevision;
import org.attune.content.QuestionType;
import org.attune.content.QuizSettings;
import org.attune.content.Reference;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.ReorderEvent;

/**
 * One module in the Author area ({@code /author/module/{slug}}): its published revision and history, and its
 * draft: details, lessons (reordered by dragging), post-test settings and questions, what stands in the way of
 * publishing, and the buttons that publish or discard it. A zip uploaded here replaces the draft.
 */
@Named
@ViewScoped
public class ModuleEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    @Inject
    CatalogService catalog;

    @Inject
    ModuleZipImport imports;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    private boolean drafting;
    private String draftStatus;
    private Integer revision;
    private List<RevisionLine> revisions = List.of();
    private List<String> problems = List.of();
    private boolean newerRevision;

    // The details form.
    private long draftVersion;
    private String title;
    private String summary;
    private BigDecimal ceHours;
    private int order;
    private String objectives;
    private String references;

    // The post-test settings form.
    private int passingScore;
    private Integer attemptsAllowed;
    private int waitMinutes;
    private Integer timeLimitMinutes;
    private boolean shuffle;
    private Integer drawCount;
    private boolean oneAtATime;
    private QuizSettings.Feedback feedback;

    private List<LessonLine> lessons = new ArrayList<>();
    private List<QuestionLine> questions = new ArrayList<>();
    private String newLessonTitle;
    private QuestionType newQuestionType = QuestionType.SINGLE;

    /** A published revision, as the history lists it. */
    public record RevisionLine(int number, String source, String by, String at, int lessons) implements Serializable {}

    /** A lesson of the draft, as the list shows it. */
    public record LessonLine(String slug, String title, int minutes, String updatedBy) implements Serializable {}

    /** A question of the draft, as the list shows it. */
    public record QuestionLine(String key, String type, String prompt, String lesson) implements Serializable {}

    public void load() throws IOException {
        if (slug == null || !authoring.mayAuthor(slug)) {
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
        revisions = catalog.revisions(slug).stream().map(ModuleEditView::line).toList();
        title = catalog.module(slug)
                .map(org.attune.catalog.ModuleOutline::title)
                .orElse(slug);
        var draft = authoring.draft(slug).orElse(null);
        drafting = draft != null;
        if (draft == null) {
            problems = List.of();
            return;
        }
        draftStatus = "Last saved by " + draft.getUpdatedBy() + ", " + org.attune.web.Dates.format(draft.getUpdatedAt())
                + (draft.getBaseRevision() == null ? "" : "; started from revision " + draft.getBaseRevision());
        newerRevision = revision != null && !revision.equals(draft.getBaseRevision());
        problems = authoring.publishProblems(slug);
        draftVersion = draft.getVersion();
        var details = draft.details();
        title = details.title();
        summary = details.summary();
        ceHours = details.ceHours();
        order = details.order();
        objectives = String.join("\n", details.objectives());
        references = String.join(
                "\n",
                details.references().stream().map(ModuleEditView::referenceLine).toList());
        var settings = draft.getQuizSettings();
        passingScore = settings.passingScore();
        attemptsAllowed = settings.attemptsAllowed();
        waitMinutes = settings.waitMinutes();
        timeLimitMinutes = settings.timeLimitMinutes();
        shuffle = settings.shuffle();
        drawCount = settings.drawCount();
        oneAtATime = settings.oneAtATime();
        feedback = settings.feedback();
        var titles = new java.util.HashMap<String, String>();
        lessons = new ArrayList<>();
        draft.getLessons().stream()
                .sorted(java.util.Comparator.comparingInt(DraftLesson::getSortOrder))
                .forEach(l -> {
                    titles.put(l.getSlug(), l.getTitle());
                    lessons.add(new LessonLine(l.getSlug(), l.getTitle(), l.getMinutes(), l.getUpdatedBy()));
                });
        questions = new ArrayList<>();
        draft.getQuestions().stream()
                .sorted(java.util.Comparator.comparingInt(DraftQuestion::getSortOrder))
                .forEach(q -> {
                    var d = q.definition();
                    questions.add(new QuestionLine(
                            q.getKey(), QuestionEditView.typeName(d.type()), d.prompt(), titles.get(d.lesson())));
                });
    }

    public void startDraft() throws IOException {
        authoring.startDraft(slug);
        again("Draft started. Learners keep seeing revision " + revision + " until you publish.");
    }

    /** After a change of state (draft started, published, discarded, replaced) the page is loaded afresh. */
    private void again(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect("author/module/" + slug);
    }

    public void saveDetails() {
        try {
            authoring.saveDetails(
                    slug,
                    draftVersion,
                    new ModuleDraft.Details(title, summary, ceHours, order, lines(objectives), parseReferences()));
            refresh();
            Messages.addGlobalInfo("Details saved in the draft.");
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, "details");
        }
    }

    public void saveQuizSettings() {
        try {
            authoring.saveQuizSettings(
                    slug,
                    draftVersion,
                    new QuizSettings(
                            passingScore,
                            attemptsAllowed,
                            waitMinutes,
                            timeLimitMinutes,
                            shuffle,
                            drawCount,
                            oneAtATime,
                            feedback));
            refresh();
            Messages.addGlobalInfo("Post-test settings saved in the draft.");
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, "quiz");
        }
    }

    public void addLesson() throws IOException {
        try {
            var lesson = authoring.addLesson(slug, newLessonTitle);
            Faces.redirect("author/lesson/" + slug + "/" + lesson);
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public void removeLesson(String lessonSlug) {
        try {
            authoring.removeLesson(slug, lessonSlug);
            refresh();
            Messages.addGlobalInfo("Lesson removed from the draft.");
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    /** The table has already moved the row; the draft takes the table's new order. */
    public void lessonsReordered(ReorderEvent event) {
        authoring.reorderLessons(slug, lessons.stream().map(LessonLine::slug).toList());
        refresh();
        Messages.addGlobalInfo("Lesson order saved in the draft.");
    }

    public void addQuestion() throws IOException {
        try {
            var key = authoring.addQuestion(slug, newQuestionType);
            Faces.redirect("author/question/" + slug + "/" + key);
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public void removeQuestion(String key) {
        authoring.removeQuestion(slug, key);
        refresh();
        Messages.addGlobalInfo("Question removed from the draft.");
    }

    public void questionsReordered(ReorderEvent event) {
        authoring.reorderQuestions(
                slug, questions.stream().map(QuestionLine::key).toList());
        refresh();
        Messages.addGlobalInfo("Question order saved in the draft.");
    }

    public void publish() throws IOException {
        try {
            var publication = authoring.publish(slug, newerRevision);
            again(
                    publication.changed()
                            ? "Published as revision " + publication.revision() + ". Learners see it now; those who"
                                    + " completed an earlier revision keep their completion and certificates."
                            : "Nothing had changed, so revision " + publication.revision() + " stays current.");
        } catch (AuthoringRefusal refused) {
            refresh();
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public void discard() throws IOException {
        authoring.discard(slug);
        again("Draft discarded.");
    }

    /**
     * A zip of this module in the modules/ folder format replaces the draft (and starts one if there is none). The
     * page's own module is the one imported into, and who may is checked before the zip is read.
     */
    public void upload(FileUploadEvent event) throws IOException {
        try (var in = event.getFile().getInputStream()) {
            imports.into(slug, null, in);
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(refused.getMessage());
            return;
        } catch (IOException e) {
            Messages.addGlobalError("The upload did not arrive whole. Nothing was imported; please try again.");
            return;
        }
        again("The zip is now this module's draft. Check it, then publish.");
    }

    private List<Reference> parseReferences() {
        var parsed = new ArrayList<Reference>();
        for (var line : lines(references)) {
            var parts = Arrays.stream(line.split("\\|")).map(String::strip).toList();
            Integer year = null;
            if (parts.size() > 2 && parts.get(2).matches("\\d{4}")) {
                year = Integer.valueOf(parts.get(2));
            }
            parsed.add(new Reference(
                    parts.get(0), parts.size() > 1 && !parts.get(1).isEmpty() ? parts.get(1) : null, year));
        }
        return parsed;
    }

    private static String referenceLine(Reference r) {
        return r.title() + " | " + (r.author() == null ? "" : r.author()) + " | " + (r.year() == null ? "" : r.year());
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static RevisionLine line(ModuleRevision r) {
        return new RevisionLine(
                r.getRevision(),
                r.getSource() == ModuleRevision.Source.FOLDER ? "modules/ folder" : "Author area",
                r.getPublishedBy(),
                org.attune.web.Dates.format(r.getPublishedAt()),
                r.getLessonCount());
    }

    public boolean isDrafting() {
        return drafting;
    }

    public String getDraftStatus() {
        return draftStatus;
    }

    public String getSlug() {
        return slug;
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

    public List<String> getProblems() {
        return problems;
    }

    public List<QuestionType> getQuestionTypes() {
        return List.of(QuestionType.values());
    }

    public List<QuizSettings.Feedback> getFeedbacks() {
        return List.of(QuizSettings.Feedback.values());
    }

    public String typeLabel(QuestionType type) {
        return QuestionEditView.typeName(type);
    }

    public long getDraftVersion() {
        return draftVersion;
    }

    public void setDraftVersion(long draftVersion) {
        this.draftVersion = draftVersion;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public BigDecimal getCeHours() {
        return ceHours;
    }

    public void setCeHours(BigDecimal ceHours) {
        this.ceHours = ceHours;
    }

    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public int getPassingScore() {
        return passingScore;
    }

    public void setPassingScore(int passingScore) {
        this.passingScore = passingScore;
    }

    public Integer getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public void setAttemptsAllowed(Integer attemptsAllowed) {
        this.attemptsAllowed = attemptsAllowed;
    }

    public int getWaitMinutes() {
        return waitMinutes;
    }

    public void setWaitMinutes(int waitMinutes) {
        this.waitMinutes = waitMinutes;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public boolean isShuffle() {
        return shuffle;
    }

    public void setShuffle(boolean shuffle) {
        this.shuffle = shuffle;
    }

    public Integer getDrawCount() {
        return drawCount;
    }

    public void setDrawCount(Integer drawCount) {
        this.drawCount = drawCount;
    }

    public boolean isOneAtATime() {
        return oneAtATime;
    }

    public void setOneAtATime(boolean oneAtATime) {
        this.oneAtATime = oneAtATime;
    }

    public QuizSettings.Feedback getFeedback() {
        return feedback;
    }

    public void setFeedback(QuizSettings.Feedback feedback) {
        this.feedback = feedback;
    }

    public List<LessonLine> getLessons() {
        return lessons;
    }

    public List<QuestionLine> getQuestions() {
        return questions;
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
