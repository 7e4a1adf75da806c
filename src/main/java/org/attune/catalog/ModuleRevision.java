package org.attune.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One publication of a module: its number, what was published (the content's fingerprint), where it came from and
 * who published it when. Revisions are never changed or removed; a learner's completion and a certificate name the
 * revision they belong to. Since revisions keep their text, each has its files ({@link ModuleRevisionFile}), written
 * with it; earlier ones have only their content hash.
 */
@Entity
@Table(name = "module_revision")
@NamedQuery(
        name = "ModuleRevision.of",
        query = "select r from ModuleRevision r where r.moduleId = :module order by r.revision desc")
public class ModuleRevision {

    /** Where a revision's content came from. */
    public enum Source {
        /** The modules/ folder, imported at start-up. */
        FOLDER,
        /** A draft, published in the Author area (or a zip imported into one). */
        AUTHOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(name = "published_by", nullable = false, length = 254)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "lesson_count", nullable = false)
    private int lessonCount;

    protected ModuleRevision() {}

    ModuleRevision(CourseModule module, Source source, String publishedBy, Instant at) {
        this.moduleId = module.getId();
        this.revision = module.getRevision();
        this.contentHash = module.getContentHash();
        this.source = Objects.requireNonNull(source, "A revision has a source.");
        this.publishedBy = Objects.requireNonNull(publishedBy, "A revision names who published it.");
        this.publishedAt = at;
        this.lessonCount = module.currentLessons().size();
    }

    public Long getId() {
        return id;
    }

    public long getModuleId() {
        return moduleId;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getRevision() {
        return revision;
    }

    public Source getSource() {
        return source;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getLessonCount() {
        return lessonCount;
    }
}
