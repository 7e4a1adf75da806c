package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.content.ModuleTranslation;

/** Reads the whole published catalog from the database, in one transaction, for {@link PublishedCatalog}. */
@ApplicationScoped
@Transactional
public class CatalogReading {

    @PersistenceContext
    EntityManager em;

    @Inject
    RenderedLessons rendered;

    PublishedCatalog.Snapshot read() {
        var published = em.createNamedQuery("CourseModule.published", CourseModule.class)
                .getResultList();
        var courses = em.createNamedQuery("Course.all", Course.class).getResultList();
        var outlines = published.stream().map(ModuleOutline::of).toList();
        var readingTime = new LinkedHashMap<String, Boolean>();
        courses.forEach(c -> readingTime.put(c.getSlug(), c.isRequireReadingTime()));
        var pages = new LinkedHashMap<String, Map<String, LessonPage>>();
        var translations = new LinkedHashMap<String, List<ModuleTranslation>>();
        for (int m = 0; m < published.size(); m++) {
            var moduleTranslations = RevisionTranslations.of(em, published.get(m));
            translations.put(outlines.get(m).slug(), moduleTranslations);
            pages.put(outlines.get(m).slug(), lessonPages(published.get(m), outlines.get(m), moduleTranslations));
        }
        return new PublishedCatalog.Snapshot(
                outlines,
                published.stream().map(CatalogService::summary).toList(),
                summaries(courses, published),
                Map.copyOf(readingTime),
                Map.copyOf(pages),
                Map.copyOf(translations));
    }

    private Map<String, LessonPage> lessonPages(
            CourseModule module, ModuleOutline outline, List<ModuleTranslation> translations) {
        var lessons = module.currentLessons();
        var pages = new LinkedHashMap<String, LessonPage>();
        for (int i = 0; i < lessons.size(); i++) {
            var lesson = lessons.get(i);
            var translated = new LinkedHashMap<String, LessonReading>();
            for (var translation : translations) {
                translation
                        .lesson(lesson.getSlug())
                        .ifPresent(t -> translated.put(
                                translation.language(),
                                new LessonReading(
                                        t.title(),
                                        rendered.html(lesson.getId(), translation.language(), t.markdown()),
                                        translation.language())));
            }
            pages.put(
                    lesson.getSlug(),
                    new LessonPage(
                            outline,
                            outline.lessons().get(i),
                            rendered.html(lesson.getId(), lesson.getMarkdown()),
                            i > 0 ? outline.lessons().get(i - 1) : null,
                            i + 1 < lessons.size() ? outline.lessons().get(i + 1) : null,
                            module.getLanguage(),
                            translated));
        }
        return Map.copyOf(pages);
    }

    /** Every course with its published modules, and (as a course of slug null) the modules that belong to none. */
    private static List<CourseSummary> summaries(List<Course> courses, List<CourseModule> modules) {
        var summaries = new ArrayList<CourseSummary>();
        for (var course : courses) {
            var own = modules.stream()
                    .filter(m -> m.getCourse() == course)
                    .map(CatalogService::summary)
                    .toList();
            if (!own.isEmpty()) {
                var definition = course.definition();
                summaries.add(new CourseSummary(
                        course.getSlug(),
                        definition.title(),
                        definition.summary(),
                        definition.scopeNote(),
                        PublishedCatalog.Snapshot.hours(own),
                        own,
                        definition.disclosures()));
            }
        }
        var loose = modules.stream()
                .filter(m -> m.getCourse() == null)
                .map(CatalogService::summary)
                .toList();
        if (!loose.isEmpty()) {
            summaries.add(new CourseSummary(
                    null, "Other modules", "", "", PublishedCatalog.Snapshot.hours(loose), loose, null));
        }
        return List.copyOf(summaries);
    }
}
