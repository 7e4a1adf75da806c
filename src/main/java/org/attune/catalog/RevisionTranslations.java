package org.attune.catalog;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.attune.content.ContentException;
import org.attune.content.ModuleTranslation;
import org.attune.content.Translations;

/**
 * A module's translations as its current revision keeps them: the translation files among the revision's files
 * ({@link ModuleRevisionFile}), read back. A revision published before revisions kept their text has none.
 */
final class RevisionTranslations {

    private RevisionTranslations() {}

    static List<ModuleTranslation> of(EntityManager em, CourseModule module) {
        var revision = em.createNamedQuery("ModuleRevision.of", ModuleRevision.class)
                .setParameter("module", module.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (revision.isEmpty()) {
            return List.of();
        }
        var prefix = module.getSlug() + "/";
        var files = new TreeMap<String, String>();
        em.createNamedQuery("ModuleRevisionFile.of", ModuleRevisionFile.class)
                .setParameter("revision", revision.get().getId())
                .getResultStream()
                .filter(f -> f.getPath().startsWith(prefix))
                .filter(f -> Translations.isTranslationFile(f.getPath().substring(prefix.length())))
                .forEach(f -> files.put(f.getPath().substring(prefix.length()), f.getContent()));
        try {
            return Translations.parse(Path.of(module.getSlug()), files);
        } catch (ContentException e) {
            throw new IllegalStateException("A revision keeps only translation files that were read before: " + e, e);
        }
    }
}
