package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.account.CurrentAccount;
import org.attune.catalog.CatalogService;
import org.attune.content.ContentException;
import org.attune.content.CourseDefinition;
import org.attune.content.CourseDefinition.EvaluationQuestion;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.attune.content.QuizSettings;
import org.attune.database.DatabaseClock;
import org.attune.quiz.QuizService;

/**
 * The Author area's boundary: courses, module drafts, their lessons and questions, and publication. Every method
 * first checks that the signed-in person may author the course concerned ({@link Authors}); a refused save changes
 * nothing. Learners see only what {@link #publish} has made current.
 */
@ApplicationScoped
@Transactional(rollbackOn = AuthoringRefusal.class)
public class AuthoringService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Authors authors;

    @Inject
    CurrentAccount me;

    @Inject
    CatalogService catalog;

    @Inject
    QuizService quizzes;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** The courses the person authors, each with its modules: published, in draft, or both. */
    public List<AuthoredCourse> courses() {
        var courses = catalog.allCourses().stream()
                .filter(c -> authors.mayAuthorCourse(c.slug()))
                .toList();
        if (courses.isEmpty()) {
            return List.of();
        }
        var drafts = em.createNamedQuery("ModuleDraft.ofCourses", ModuleDraft.class)
                .setParameter(
                        "courses", courses.stream().map(CourseDefinition::slug).toList())
                .getResultList();
        var result = new ArrayList<AuthoredCourse>();
        for (var course : courses) {
            var modules = new ArrayList<AuthoredModule>();
            var published = catalog.authoredModulesOf(course.slug());
            for (var module : published) {
                var draft = drafts.stream()
                        .filter(d -> d.getSlug().equals(module.slug()))
                        .findFirst();
                modules.add(new AuthoredModule(
                        module.slug(),
                        draft.map(ModuleDraft::getTitle).orElse(module.title()),
                        catalog.revisionOf(module.slug()).orElse(null),
                        draft.map(ModuleDraft::getUpdatedBy).orElse(null),
                        draft.map(ModuleDraft::getUpdatedAt).orElse(null),
                        module.lessonCount()));
            }
            drafts.stream()
                    .filter(d -> d.getCourseSlug().equals(course.slug()))
                    .filter(d -> published.stream().noneMatch(m -> m.slug().equals(d.getSlug())))
                    .forEach(d -> modules.add(new AuthoredModule(
                            d.getSlug(), d.getTitle(), null, d.getUpdatedBy(), d.getUpdatedAt(), 0)));
            result.add(new AuthoredCourse(course, modules));
        }
        return result;
    }

    /** Creates a course that the person (an instructor or admin) then teaches; returns its slug. */
    public String createCourse(String title, String summary) throws AuthoringRefusal {
        if (!authors.isAuthor()) {
            throw new NotAnAuthorException();
        }
        if (title == null || title.isBlank()) {
            throw new AuthoringRefusal(
                    "Give the course a title.", java.util.Map.of("title", "Give the course a title."));
        }
        var taken = catalog.allCourses().stream().map(CourseDefinition::slug).collect(Collectors.toSet());
        var slug = DraftRules.slugFor(title, taken);
        var definition = new CourseDefinition(
                slug,
                title.strip(),
                summary == null || summary.isBlank() ? title.strip() : summary.strip(),
                "This course is continuing education for licensed clinicians; it does not qualify anyone to"
                        + " practise a therapy it describes.",
                "Attune Continuing Education",
                "Attune Continuing Education maintains responsibility for this program and its content.",
                false,
                true,
                STANDARD_EVALUATION);
        catalog.createCourse(definition, me.id().orElseThrow(NotAnAuthorException::new));
        return slug;
    }

    /** The course as an editor loads it, with the version to send back with its save. */
    public Optional<EditableCourse> course(String courseSlug) {
        authors.requireCourse(courseSlug);
        return catalog.course(courseSlug)
                .map(c ->
                        new EditableCourse(c, catalog.courseVersion(courseSlug).orElseThrow()));
    }

    public void saveCourse(CourseDefinition edited, long loadedVersion) throws AuthoringRefusal {
        authors.requireCourse(edited.slug());
        var problems = new java.util.LinkedHashMap<String, String>();
        require(problems, "title", edited.title(), 200, "Give the course a title.");
        require(problems, "summary", edited.summary(), 2000, "Summarise the course for the catalog.");
        require(problems, "scopeNote", edited.scopeNote(), 2000, "Say what the course does and does not qualify for.");
        require(problems, "provider", edited.provider(), 200, "Name the provider printed on certificates.");
        require(
                problems,
                "approvalStatement",
                edited.approvalStatement(),
                2000,
                "Give the approval statement printed on certificates.");
        var stored = catalog.course(edited.slug()).orElseThrow();
        if (!authors.isAdmin() && edited.autoIssue() != stored.autoIssue()) {
            problems.put("autoIssue", "Only an admin decides whether certificates skip approval.");
        }
        if (!problems.isEmpty()) {
            throw new AuthoringRefusal("The course was not saved: correct the fields marked.", problems);
        }
        if (!catalog.updateCourse(edited, loadedVersion, authors.isAdmin())) {
            throw new AuthoringRefusal(
                    "Someone else saved this course after you opened it; nothing of yours was saved. Reload the page"
                            + " to see their changes, then make yours again.");
        }
    }

    /** The module's draft, if someone has started one. */
    public Optional<ModuleDraft> draft(String moduleSlug) {
        requireModule(moduleSlug);
        return findDraft(moduleSlug).map(AuthoringService::loaded);
    }

    /** The module's draft, started now as a copy of its current revision if there is none yet. */
    public ModuleDraft startDraft(String moduleSlug) {
        requireModule(moduleSlug);
        var existing = findDraft(moduleSlug);
        if (existing.isPresent()) {
            return loaded(existing.get());
        }
        var published = publishedDefinition(moduleSlug)
                .orElseThrow(() -> new IllegalArgumentException("There is no module " + moduleSlug));
        var draft = ModuleDraft.of(
                published,
                catalog.courseOf(moduleSlug).orElse(null),
                catalog.revisionOf(moduleSlug).orElse(null),
                me.getEmail(),
                now());
        em.persist(draft);
        return loaded(draft);
    }

    /** Starts a new module of the course as a draft, with one empty lesson to write; returns its slug. */
    public String newModule(String courseSlug, String title) throws AuthoringRefusal {
        authors.requireCourse(courseSlug);
        if (title == null || title.isBlank()) {
            throw new AuthoringRefusal(
                    "Give the module a title.", java.util.Map.of("title", "Give the module a title."));
        }
        var slug = DraftRules.slugFor(title, takenModuleSlugs());
        var by = me.getEmail();
        var draft = new ModuleDraft(slug, courseSlug, null, by, now());
        draft.describe(
                new ModuleDraft.Details(
                        title.strip(), title.strip(), new BigDecimal("0.50"), 100, List.of(), List.of()),
                by,
                now());
        draft.configureQuiz(QuizSettings.DEFAULTS, by, now());
        em.persist(draft);
        return slug;
    }

    /**
     * Puts an imported module (a zip) into the module's draft, replacing any draft there: nothing reaches learners
     * until the draft is published. A module not yet in the catalog joins the given course.
     */
    public void importIntoDraft(ModuleDefinition module, String courseSlugIfNew) {
        var course = requireImporter(module.slug(), courseSlugIfNew);
        findDraft(module.slug()).ifPresent(d -> {
            em.remove(d);
            em.flush();
        });
        em.persist(
                ModuleDraft.of(module, course, catalog.revisionOf(module.slug()).orElse(null), me.getEmail(), now()));
    }

    /**
     * Refuses (as a 403) anyone who may not put a zip into this module's draft: the module's authors when it exists
     * (published or in draft), else the authors of the course it would join. Asked before an upload is read, with
     * the slug of the address the zip was sent to. Returns the module's course.
     */
    public String requireImporter(String moduleSlug, String courseSlugIfNew) {
        var existing = catalog.revisionOf(moduleSlug).isPresent()
                || findDraft(moduleSlug).isPresent();
        if (existing) {
            requireModule(moduleSlug);
            return courseOf(moduleSlug).orElse(null);
        }
        authors.requireCourse(courseSlugIfNew);
        return courseSlugIfNew;
    }

    public void saveDetails(String moduleSlug, long loadedVersion, ModuleDraft.Details details)
            throws AuthoringRefusal {
        var draft = requireDraft(moduleSlug);
        var problems = DraftRules.detailsProblems(details);
        if (!problems.isEmpty()) {
            throw new AuthoringRefusal("The module's details were not saved: correct the fields marked.", problems);
        }
        checkVersion(draft.getVersion(), loadedVersion, draft.getUpdatedBy(), "the module's details");
        draft.describe(details, me.getEmail(), now());
        flush("the module's details");
    }

    public void saveQuizSettings(String moduleSlug, long loadedVersion, QuizSettings settings) throws AuthoringRefusal {
        var draft = requireDraft(moduleSlug);
        var problems = DraftRules.quizProblems(settings, draft.getQuestions().size());
        if (!problems.isEmpty()) {
            throw new AuthoringRefusal("The post-test settings were not saved: correct the fields marked.", problems);
        }
        checkVersion(draft.getVersion(), loadedVersion, draft.getUpdatedBy(), "the post-test settings");
        draft.configureQuiz(settings, me.getEmail(), now());
        flush("the post-test settings");
    }

    /** Adds a lesson at the end of the draft, ready to write; returns its slug. */
    public String addLesson(String moduleSlug, String title) throws AuthoringRefusal {
        var draft = requireDraft(moduleSlug);
        if (title == null || title.isBlank()) {
            throw new AuthoringRefusal(
                    "Give the lesson a title.", java.util.Map.of("title", "Give the lesson a title."));
        }
        var slug = DraftRules.slugFor(
                title, draft.getLessons().stream().map(DraftLesson::getSlug).toList());
        var lesson = draft.addLesson(slug);
        lesson.write(title.strip(), 10, "Write the lesson here, in Markdown.", me.getEmail(), now());
        draft.touch(me.getEmail(), now());
        return slug;
    }

    public Optional<DraftLesson> lesson(String moduleSlug, String lessonSlug) {
        return draft(moduleSlug)
                .flatMap(d -> d.getLessons().stream()
                        .filter(l -> l.getSlug().equals(lessonSlug))
                        .findFirst());
    }

    /**
     * Saves the lesson as the author wrote it (Markdown is stored exactly as written; pages render it sanitized),
     * unless someone saved it since the author loaded it.
     */
    public void saveLesson(
            String moduleSlug, String lessonSlug, long loadedVersion, String title, Integer minutes, String markdown)
            throws AuthoringRefusal {
        var lesson = requireLesson(requireDraft(moduleSlug), lessonSlug);
        var problems = DraftRules.lessonProblems(title, minutes, markdown);
        if (!problems.isEmpty()) {
            throw new AuthoringRefusal("The lesson was not saved: correct the fields marked.", problems);
        }
        checkVersion(lesson.getVersion(), loadedVersion, lesson.getUpdatedBy(), "this lesson");
        lesson.write(title.strip(), minutes, normalized(markdown), me.getEmail(), now());
        flush("this lesson");
    }

    public void removeLesson(String moduleSlug, String lessonSlug) throws AuthoringRefusal {
        var draft = requireDraft(moduleSlug);
        var lesson = requireLesson(draft, lessonSlug);
        var askedBy = draft.getQuestions().stream()
                .filter(q -> lessonSlug.equals(q.definition().lesson()))
                .count();
        if (askedBy > 0) {
            throw new AuthoringRefusal("“" + lesson.getTitle() + "” is the lesson " + askedBy
                    + " question(s) point to; point them to another lesson first.");
        }
        draft.getLessons().remove(lesson);
        renumber(draft.getLessons().stream().map(DraftLesson::getSlug).toList(), draft);
        draft.touch(me.getEmail(), now());
    }

    /** Puts the draft's lessons in the given order (slugs; any left out keep their place after those given). */
    public void reorderLessons(String moduleSlug, List<String> order) {
        renumber(order, requireDraft(moduleSlug));
    }

    /** Adds a question of the given type at the end of the pool, with placeholder text to replace; returns its id. */
    public String addQuestion(String moduleSlug, QuestionType type) throws AuthoringRefusal {
        var draft = requireDraft(moduleSlug);
        if (draft.getLessons().isEmpty()) {
            throw new AuthoringRefusal("Write a lesson first: every question points to the lesson that teaches it.");
        }
        var taken = draft.getQuestions().stream().map(DraftQuestion::getKey).collect(Collectors.toSet());
        int n = draft.getQuestions().size() + 1;
        while (taken.contains("q" + n)) {
            n++;
        }
        var key = "q" + n;
        var firstLesson = draft.getLessons().stream()
                .min(Comparator.comparingInt(DraftLesson::getSortOrder))
                .orElseThrow()
                .getSlug();
        var question = draft.addQuestion(key);
        question.write(QuestionTemplates.blank(key, type, firstLesson), me.getEmail(), now());
        draft.touch(me.getEmail(), now());
        return key;
    }

    public Optional<DraftQuestion> question(String moduleSlug, String key) {
        return draft(moduleSlug)
                .flatMap(d -> d.getQuestions().stream()
                        .filter(q -> q.getKey().equals(key))
                        .findFirst());
    }

    public void saveQuestion(String moduleSlug, long loadedVersion, QuestionDefinition edited) throws AuthoringRefusal {
        var draft = requireDraft(moduleSlug);
        var question = draft.getQuestions().stream()
                .filter(q -> q.getKey().equals(edited.key()))
                .findFirst()
                .orElseThrow(() -> new AuthoringRefusal("This question is no longer in the draft."));
        var lessons = draft.getLessons().stream().map(DraftLesson::getSlug).collect(Collectors.toSet());
        var problems = DraftRules.questionProblems(edited, lessons);
        if (!problems.isEmpty()) {
            throw new AuthoringRefusal("The question was not saved: correct the fields marked.", problems);
        }
        checkVersion(question.getVersion(), loadedVersion, question.getUpdatedBy(), "this question");
        question.write(edited, me.getEmail(), now());
        flush("this question");
    }

    public void removeQuestion(String moduleSlug, String key) {
        var draft = requireDraft(moduleSlug);
        draft.getQuestions().removeIf(q -> q.getKey().equals(key));
        int position = 0;
        for (var q : draft.getQuestions().stream()
                .sorted(Comparator.comparingInt(DraftQuestion::getSortOrder))
                .toList()) {
            q.moveTo(++position);
        }
        draft.touch(me.getEmail(), now());
    }

    public void reorderQuestions(String moduleSlug, List<String> keys) {
        var draft = requireDraft(moduleSlug);
        int position = 0;
        for (var key : keys) {
            for (var q : draft.getQuestions()) {
                if (q.getKey().equals(key)) {
                    q.moveTo(++position);
                }
            }
        }
        for (var q : draft.getQuestions()) {
            if (!keys.contains(q.getKey())) {
                q.moveTo(++position);
            }
        }
    }

    /** Why the draft cannot be published now, if it cannot (empty when it can). */
    public List<String> publishProblems(String moduleSlug) {
        var draft = requireDraft(moduleSlug);
        var definition = draft.definition();
        var problems = new ArrayList<>(DraftRules.publishProblems(definition));
        if (definition.quiz() == null && quizzes.hasQuiz(moduleSlug)) {
            problems.add("The post-test has no questions. A published post-test cannot be removed: learners'"
                    + " attempts and certificates refer to it.");
        }
        if (problems.isEmpty()) {
            try {
                ModuleArchive.roundTrip(definition);
            } catch (ContentException e) {
                problems.add("As a module folder, " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Publishes the draft as the module's next revision and removes the draft. Refused if the draft has problems,
     * or if a newer revision was published after the draft was started, unless the author says to replace it.
     * Returns the revision now current.
     */
    public Publication publish(String moduleSlug, boolean replaceNewerRevision) throws AuthoringRefusal {
        var draft = requireDraft(moduleSlug);
        var problems = publishProblems(moduleSlug);
        if (!problems.isEmpty()) {
            throw new AuthoringRefusal("Not published: " + String.join(" ", problems));
        }
        var current = catalog.revisionOf(moduleSlug).orElse(null);
        if (current != null && !current.equals(draft.getBaseRevision()) && !replaceNewerRevision) {
            throw new AuthoringRefusal("Revision " + current + " was published after this draft was started from "
                    + (draft.getBaseRevision() == null ? "nothing" : "revision " + draft.getBaseRevision())
                    + ". Publishing replaces it; check the draft against it, then publish again to confirm.");
        }
        ModuleDefinition definition;
        try {
            definition = ModuleArchive.roundTrip(draft.definition());
        } catch (ContentException e) {
            throw new AuthoringRefusal("Not published: as a module folder, " + e.getMessage());
        }
        var outcome = catalog.publishModule(definition, draft.getCourseSlug(), me.getEmail());
        if (definition.quiz() != null && outcome != org.attune.catalog.ImportOutcome.UNCHANGED) {
            quizzes.importQuiz(moduleSlug, definition.quiz());
        }
        em.remove(draft);
        return new Publication(
                catalog.revisionOf(moduleSlug).orElseThrow(), outcome != org.attune.catalog.ImportOutcome.UNCHANGED);
    }

    /** Throws the draft away; learners never saw it, and the module stays at its current revision. */
    public void discard(String moduleSlug) {
        findDraft(moduleSlug).ifPresent(d -> {
            requireModule(moduleSlug);
            em.remove(d);
        });
    }

    /** The module as published now, post-test included, as its folder would hold it. */
    public Optional<ModuleDefinition> publishedDefinition(String moduleSlug) {
        requireModule(moduleSlug);
        return catalog.definitionOf(moduleSlug)
                .map(m -> new ModuleDefinition(
                        m.slug(),
                        m.title(),
                        m.order(),
                        m.ceHours(),
                        m.summary(),
                        m.objectives(),
                        m.references(),
                        m.lessons(),
                        quizzes.definitionOf(moduleSlug).orElse(null)));
    }

    /** The course a module belongs to, published or in draft. */
    public Optional<String> courseOf(String moduleSlug) {
        return catalog.courseOf(moduleSlug).or(() -> findDraft(moduleSlug).map(ModuleDraft::getCourseSlug));
    }

    /** Whether the person may author the module (published, or a new module in draft). */
    public boolean mayAuthor(String moduleSlug) {
        return courseOf(moduleSlug).map(authors::mayAuthorCourse).orElse(authors.isAdmin());
    }

    private void requireModule(String moduleSlug) {
        if (!mayAuthor(moduleSlug)) {
            throw new NotAnAuthorException();
        }
    }

    private ModuleDraft requireDraft(String moduleSlug) {
        requireModule(moduleSlug);
        return findDraft(moduleSlug).orElseThrow(() -> new NotADraftException(moduleSlug));
    }

    private static DraftLesson requireLesson(ModuleDraft draft, String lessonSlug) throws AuthoringRefusal {
        return draft.getLessons().stream()
                .filter(l -> l.getSlug().equals(lessonSlug))
                .findFirst()
                .orElseThrow(() -> new AuthoringRefusal("This lesson is no longer in the draft."));
    }

    private Optional<ModuleDraft> findDraft(String moduleSlug) {
        return em.createNamedQuery("ModuleDraft.bySlug", ModuleDraft.class)
                .setParameter("slug", moduleSlug)
                .getResultStream()
                .findFirst();
    }

    private Set<String> takenModuleSlugs() {
        var taken = new HashSet<String>(catalog.allModuleSlugs());
        em.createQuery("select d.slug from ModuleDraft d", String.class)
                .getResultStream()
                .forEach(taken::add);
        return taken;
    }

    private static void renumber(List<String> order, ModuleDraft draft) {
        int position = 0;
        for (var slug : order) {
            for (var lesson : draft.getLessons()) {
                if (lesson.getSlug().equals(slug)) {
                    lesson.moveTo(++position);
                }
            }
        }
        for (var lesson : draft.getLessons()) {
            if (!order.contains(lesson.getSlug())) {
                lesson.moveTo(++position);
            }
        }
    }

    private static void checkVersion(long stored, long loaded, String by, String what) throws AuthoringRefusal {
        if (stored != loaded) {
            throw conflict(by, what);
        }
    }

    private void flush(String what) throws AuthoringRefusal {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw conflict("someone else", what);
        }
    }

    private static AuthoringRefusal conflict(String by, String what) {
        return new AuthoringRefusal(by + " saved " + what + " after you opened it, so your save was refused and"
                + " nothing was overwritten. Copy what you wrote, reload the page to see their version, and apply"
                + " your changes to it.");
    }

    private static void require(
            java.util.Map<String, String> problems, String field, String value, int max, String message) {
        if (value == null || value.isBlank()) {
            problems.put(field, message);
        } else if (value.length() > max) {
            problems.put(field, "Keep this under " + max + " characters.");
        }
    }

    /** The draft with its lessons and questions read, so that a page can show it after the transaction. */
    private static ModuleDraft loaded(ModuleDraft draft) {
        draft.getLessons().size();
        draft.getQuestions().size();
        return draft;
    }

    /** Browsers send text areas with CRLF line ends; lessons are kept with LF, as in their Markdown files. */
    private static String normalized(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** The evaluation a new course starts with: what continuing-education boards ask of every course. */
    static final List<EvaluationQuestion> STANDARD_EVALUATION = List.of(
            new EvaluationQuestion(
                    "objectives", EvaluationQuestion.Kind.RATING, "The course met its stated learning objectives."),
            new EvaluationQuestion(
                    "relevance", EvaluationQuestion.Kind.RATING, "The content is relevant to my clinical practice."),
            new EvaluationQuestion(
                    "evidence",
                    EvaluationQuestion.Kind.RATING,
                    "The content was accurate, current and clear about the limits of the evidence."),
            new EvaluationQuestion(
                    "bias", EvaluationQuestion.Kind.RATING, "The course was free of commercial bias and promotion."),
            new EvaluationQuestion(
                    "change", EvaluationQuestion.Kind.TEXT, "What will you do differently in your practice?"));

    /** A course and its modules as the Author area lists them. */
    public record AuthoredCourse(CourseDefinition course, List<AuthoredModule> modules)
            implements java.io.Serializable {}

    /**
     * A module as the Author area lists it: its published revision (null if never published) and, when someone
     * is working on a draft, who saved it last and when.
     */
    public record AuthoredModule(
            String slug, String title, Integer revision, String draftUpdatedBy, Instant draftUpdatedAt, int lessonCount)
            implements java.io.Serializable {

        public boolean isDraft() {
            return draftUpdatedAt != null;
        }
    }

    /** What publishing did: the revision current now, and whether the draft changed anything. */
    public record Publication(int revision, boolean changed) implements java.io.Serializable {}

    /** A course as its editor loads it. */
    public record EditableCourse(CourseDefinition course, long version) implements java.io.Serializable {}
}
