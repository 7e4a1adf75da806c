package org.attune.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ModuleOutline;
import org.attune.catalog.ModuleRevision;

/**
 * The content that was live: for each module of the course, each revision live at some moment of the range, with
 * its text word for word where it was kept ({@code content/<module>/revision-<n>/...}), and for a revision published
 * before Attune kept revisions' text, a note saying that only its content hash is known. {@code content/revisions.csv}
 * lists them all.
 */
@ApplicationScoped
class ContentSection {

    @Inject
    CatalogService catalog;

    /** Writes the content of the modules; returns the number of revisions written. */
    int write(HashingZip zip, Iterable<ModuleOutline> modules, AuditRange range) throws IOException {
        var index = new StringBuilder(Csv.row(
                "module",
                "revision",
                "published_at",
                "published_by",
                "source",
                "content_hash",
                "live_from",
                "live_until",
                "text"));
        int written = 0;
        for (var module : modules) {
            var live = LiveRevisions.within(
                    catalog.revisions(module.slug()), ModuleRevision::getPublishedAt, range.start(), range.end());
            for (var span : live) {
                var revision = span.revision();
                var folder = "content/" + module.slug() + "/revision-" + revision.getRevision();
                var files = catalog.revisionText(revision.getId());
                if (files.isEmpty()) {
                    zip.text(folder + "-HASH-ONLY.txt", hashOnly(module, revision));
                } else {
                    for (var file : files.entrySet()) {
                        var inside = file.getKey().substring(file.getKey().indexOf('/') + 1);
                        zip.text(folder + "/" + inside, file.getValue());
                    }
                }
                index.append(Csv.row(
                        module.slug(),
                        revision.getRevision(),
                        revision.getPublishedAt(),
                        revision.getPublishedBy(),
                        revision.getSource().name().toLowerCase(java.util.Locale.ROOT),
                        revision.getContentHash(),
                        span.from(),
                        span.until() == null ? "still live" : span.until(),
                        files.isEmpty() ? "hash only (published before revisions kept their text)" : "kept"));
                written++;
            }
        }
        zip.text("content/revisions.csv", index.toString());
        return written;
    }

    private static String hashOnly(ModuleOutline module, ModuleRevision revision) {
        return ("Module '" + module.title() + "' (" + module.slug() + "), revision " + revision.getRevision()
                + ", published " + revision.getPublishedAt() + " by " + revision.getPublishedBy() + ".\r\n\r\n"
                + "This revision was published before Attune kept the full text of each revision, so its text"
                + " is not in this pack. What is known of it is its content hash, the SHA-256 fingerprint Attune"
                + " took of everything the module said (title, lessons, post-test):\r\n\r\n    "
                + revision.getContentHash() + "\r\n\r\n"
                + "Revisions published since are kept word for word and appear in this pack as files.\r\n");
    }
}
