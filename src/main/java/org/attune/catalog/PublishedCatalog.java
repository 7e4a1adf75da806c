package org.attune.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.content.ModuleTranslation;
import org.attune.database.ReadCache;
import org.infinispan.Cache;

/**
 * The published catalog as learners' pages read it, held whole in the server's {@code catalog} cache
 * (wildfly-config/80-caches.cli): every published module's outline and lesson pages (their sanitized HTML
 * included), the courses with their modules, and which courses wait for reading time. Read from the database once,
 * and again only after something of the catalog changed: every writer of the catalog says so in its transaction
 * ({@link #changed}), and so does every change of a course, module or lesson that JPA makes ({@link
 * CatalogChanges}), so that nothing published is ever shown late or an unpublished thing shown.
 */
@ApplicationScoped
public class PublishedCatalog {

    private static final long KEY = 0;

    /** One reading of the published catalog; immutable. */
    public record Snapshot(
            List<ModuleOutline> outlines,
            List<ModuleSummary> modules,
            List<CourseSummary> courses,
            Map<String, Boolean> readingTimeRequired,
            Map<String, Map<String, LessonPage>> lessonPages,
            Map<String, List<ModuleTranslation>> translations) {

        Optional<ModuleTranslation> translation(String moduleSlug, String language) {
            return translations.getOrDefault(moduleSlug, List.of()).stream()
                    .filter(t -> t.language().equals(language))
                    .findFirst();
        }

        Optional<ModuleOutline> module(String slug) {
            return outlines.stream().filter(m -> m.slug().equals(slug)).findFirst();
        }

        Optional<LessonPage> lesson(String moduleSlug, String lessonSlug) {
            return Optional.ofNullable(
                    lessonPages.getOrDefault(moduleSlug, Map.of()).get(lessonSlug));
        }

        static BigDecimal hours(List<ModuleSummary> modules) {
            return modules.stream().map(ModuleSummary::ceHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @Resource(lookup = "java:jboss/infinispan/cache/attune/catalog")
    Cache<Long, Object> cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    CatalogReading reading;

    private ReadCache<Snapshot> snapshots;

    @PostConstruct
    void start() {
        snapshots = new ReadCache<>(cache, Snapshot.class, transactions);
    }

    /** The catalog as published now (a transaction that changed it reads it afresh). */
    Snapshot now() {
        return snapshots.get(KEY, reading::read);
    }

    /** The catalog changes in the current transaction: every node reads it again once that commits. */
    void changed() {
        snapshots.changed(KEY);
    }
}
