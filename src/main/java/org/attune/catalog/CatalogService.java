package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.content.MarkdownRenderer;
import org.attune.content.ModuleDefinition;

/**
 * The catalog's boundary: what learners may see of the published modules, and the import that keeps modules and
 * lessons in step with their definitions without losing anyone's progress (lessons are matched by slug, updated
 * in place, and retired rather than deleted).
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    @PersistenceContext
    EntityManager em;

    /** Microsecond ticks: what the database keeps, so that a time read back equals the time written. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    public List<ModuleSummary> publishedModules() {
        return published().stream()
                .map(m -> new ModuleSummary(
                        m.getSlug(),
                        m.getTitle(),
                        m.getSummary(),
                        m.getCeHours(),
                        m.currentLessons().size()))
                .toList();
    }

    /** The ids of each published module's current lessons, by module slug. */
    public Map<String, List<Long>> currentLessonIdsByModule() {
        return published().stream()
                .collect(Collectors.toMap(
                        CourseModule::getSlug,
                        m -> m.currentLessons().stream().map(Lesson::getId).toList()));
    }

    /** The ids of the published modules, by slug. */
    public Map<String, Long> moduleIds() {
        return published().stream().collect(Collectors.toMap(CourseModule::getSlug, CourseModule::getId));
    }

    public Optional<ModuleOutline> module(String slug) {
        return publishedModule(slug).map(ModuleOutline::of);
    }

    public Optional<LessonPage> lesson(String moduleSlug, String lessonSlug) {
        var module = publishedModule(moduleSlug);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        var lessons = module.get().currentLessons();
        for (int i = 0; i < lessons.size(); i++) {
            var lesson = lessons.get(i);
            if (lesson.getSlug().equals(lessonSlug)) {
                return Optional.of(new LessonPage(
                        ModuleOutline.of(module.get()),
                        LessonOutline.of(lesson),
                        MarkdownRenderer.toSafeHtml(lesson.getMarkdown()),
                        i > 0 ? LessonOutline.of(lessons.get(i - 1)) : null,
                        i + 1 < lessons.size() ? LessonOutline.of(lessons.get(i + 1)) : null));
            }
        }
        return Optional.empty();
    }

    /**
     * Brings the module named by the definition in step with it: adds it, updates it in place, or leaves it alone
     * when nothing changed. Lessons keep their identity (and so everyone's progress) as long as their slug does.
     */
    public ImportOutcome importModule(ModuleDefinition definition) {
        var now = Instant.now(clock);
        var existing = findBySlug(definition.slug());
        if (existing.isPresent() && existing.get().getContentHash().equals(definition.contentHash())) {
            return ImportOutcome.UNCHANGED;
        }
        var module = existing.orElseGet(() -> new CourseModule(definition.slug()));
        module.describeAs(definition, now);
        if (existing.isEmpty()) {
            em.persist(module);
        }
        Map<String, Lesson> bySlug = new HashMap<>(
                module.getLessons().stream().collect(Collectors.toMap(Lesson::getSlug, Function.identity())));
        for (var lessonDefinition : definition.lessons()) {
            var lesson = bySlug.remove(lessonDefinition.slug());
            if (lesson == null) {
                lesson = new Lesson(module, lessonDefinition.slug());
                module.getLessons().add(lesson);
                lesson.describeAs(lessonDefinition);
                em.persist(lesson);
            } else {
                lesson.describeAs(lessonDefinition);
            }
        }
        bySlug.values().forEach(Lesson::retire);
        return existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.ADDED;
    }

    private List<CourseModule> published() {
        return em.createNamedQuery("CourseModule.published", CourseModule.class).getResultList();
    }

    private Optional<CourseModule> publishedModule(String slug) {
        return findBySlug(slug).filter(CourseModule::isPublished);
    }

    private Optional<CourseModule> findBySlug(String slug) {
        return em.createNamedQuery("CourseModule.bySlug", CourseModule.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }
}
