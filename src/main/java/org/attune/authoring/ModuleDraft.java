package org.attune.authoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attune.content.ContentException;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleTranslation;
import org.attune.content.QuizDefinition;
import org.attune.content.QuizSettings;
import org.attune.content.Reference;
import org.attune.content.Translations;
import org.hibernate.annotations.OptimisticLock;

/**
 * The next revision of a module, being written: its details, lessons and post-test, which learners do not see
 * until it is published. There is at most one draft per module. A draft of a published module starts as a copy of
 * the revision current then (its base revision); a new module's draft has none. Publishing turns the draft into the
 * module's next revision and removes it.
 */
@Entity
@Table(name = "module_draft")
@NamedQuery(name = "ModuleDraft.bySlug", query = "select d from ModuleDraft d where d.slug = :slug")
@NamedQuery(
        name = "ModuleDraft.ofCourses",
        query = "select d from ModuleDraft d where d.courseSlug in :courses order by d.sortOrder, d.title")
public class ModuleDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    /** Null for a module of no course (admins only author those). */
    @Column(name = "course_slug", length = 80)
    private String courseSlug;

    @Column(name = "base_revision")
    private Integer baseRevision;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "ce_hours", nullable = false, precision = 4, scale = 2)
    private BigDecimal ceHours;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** One objective a line. */
    @Column(nullable = false, length = 20_000)
    private String objectives;

    @Column(name = "source_refs", nullable = false, length = 20_000)
    private String references;

    @Column(name = "quiz_settings", nullable = false, length = 2000)
    private String quizSettings;

    @Column(nullable = false, length = 8)
    private String language = ModuleDefinition.ENGLISH;

    /** The translation files (path in the module folder to text) as JSON: written back when the draft publishes. */
    @Column(name = "translation_files", nullable = false, length = 1_000_000)
    private String translationFiles = "{}";

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Adding, removing or moving a lesson or question notes who did it, but is no edit of the module's own fields.
    @OptimisticLock(excluded = true)
    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<DraftLesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<DraftQuestion> questions = new ArrayList<>();

    protected ModuleDraft() {}

    ModuleDraft(String slug, String courseSlug, Integer baseRevision, String by, Instant at) {
        this.slug = Objects.requireNonNull(slug, "Module slug is required.");
        this.courseSlug = courseSlug;
        this.baseRevision = baseRevision;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** A draft holding exactly what the definition says (a published revision, or an imported zip). */
    static ModuleDraft of(ModuleDefinition module, String courseSlug, Integer baseRevision, String by, Instant at) {
        var draft = new ModuleDraft(module.slug(), courseSlug, baseRevision, by, at);
        draft.describe(
                new Details(
                        module.title(),
                        module.summary(),
                        module.ceHours(),
                        module.order(),
                        module.objectives(),
                        module.references()),
                by,
                at);
        draft.configureQuiz(
                module.quiz() == null ? QuizSettings.DEFAULTS : module.quiz().settings(), by, at);
        for (var lesson : module.lessons()) {
            var copy = new DraftLesson(draft, lesson.slug(), draft.lessons.size() + 1);
            copy.write(lesson.title(), lesson.minutes(), lesson.markdown(), by, at);
            draft.lessons.add(copy);
        }
        if (module.quiz() != null) {
            for (var question : module.quiz().questions()) {
                var copy = new DraftQuestion(draft, question.key(), draft.questions.size() + 1);
                copy.write(question, by, at);
                draft.questions.add(copy);
            }
        }
        draft.language = module.language();
        draft.translationFiles = DraftJson.write(Translations.files(module));
        return draft;
    }

    /** The module's own fields, as the details form edits them. */
    public record Details(
            String title,
            String summary,
            BigDecimal ceHours,
            int order,
            List<String> objectives,
            List<Reference> references) {}

    void describe(Details details, String by, Instant at) {
        title = details.title();
        summary = details.summary();
        ceHours = details.ceHours();
        sortOrder = details.order();
        objectives = String.join("\n", details.objectives());
        references = DraftJson.write(details.references());
        touch(by, at);
    }

    void configureQuiz(QuizSettings settings, String by, Instant at) {
        quizSettings = DraftJson.write(Objects.requireNonNull(settings));
        touch(by, at);
    }

    void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    DraftLesson addLesson(String slug) {
        var lesson = new DraftLesson(this, slug, lessons.size() + 1);
        lessons.add(lesson);
        return lesson;
    }

    DraftQuestion addQuestion(String key) {
        var question = new DraftQuestion(this, key, questions.size() + 1);
        questions.add(question);
        return question;
    }

    /** The draft as a module definition: lessons numbered from 1 in their order; no post-test without questions. */
    public ModuleDefinition definition() {
        var ordered = new ArrayList<>(lessons);
        ordered.sort(Comparator.comparingInt(DraftLesson::getSortOrder));
        var lessonDefinitions = new ArrayList<LessonDefinition>();
        for (int i = 0; i < ordered.size(); i++) {
            lessonDefinitions.add(ordered.get(i).definition(i + 1));
        }
        var pool = questions.stream()
                .sorted(Comparator.comparingInt(DraftQuestion::getSortOrder))
                .map(DraftQuestion::definition)
                .toList();
        return new ModuleDefinition(
                slug,
                title,
                sortOrder,
                ceHours,
                summary,
                getObjectives(),
                getReferences(),
                lessonDefinitions,
                pool.isEmpty() ? null : new QuizDefinition(getQuizSettings(), pool),
                language,
                translations());
    }

    /**
     * The translations the draft was made with. They are not edited in the browser; publishing checks them against
     * the draft as it is then (a question added or a choice removed since is refused, naming the translation file).
     */
    private List<ModuleTranslation> translations() {
        @SuppressWarnings("unchecked")
        Map<String, String> files = DraftJson.read(translationFiles, Map.class);
        try {
            return Translations.parse(Path.of(slug), files);
        } catch (ContentException e) {
            throw new IllegalStateException("A draft keeps only translation files that were read before: " + e, e);
        }
    }

    public Details details() {
        return new Details(title, summary, ceHours, sortOrder, getObjectives(), getReferences());
    }

    public String getSlug() {
        return slug;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    /** The revision this draft was started from, or null for a module never published. */
    public Integer getBaseRevision() {
        return baseRevision;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getObjectives() {
        return objectives.isBlank() ? List.of() : Arrays.asList(objectives.split("\n"));
    }

    public List<Reference> getReferences() {
        return List.of(DraftJson.<Reference[]>read(references, Reference[].class));
    }

    public QuizSettings getQuizSettings() {
        return DraftJson.read(quizSettings, QuizSettings.class);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<DraftLesson> getLessons() {
        return lessons;
    }

    public List<DraftQuestion> getQuestions() {
        return questions;
    }
}
