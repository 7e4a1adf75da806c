package org.attune.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One file of a published revision, word for word as the module's exported folder holds it ({@code
 * slug/module.yaml}, {@code slug/lessons/NN-slug.md}, {@code slug/quiz.yaml}): what learners read while the revision
 * was live. Written with its revision, in the same transaction, and never changed or removed; revisions published
 * before revisions kept their text have none, only their content hash.
 */
@Entity
@Table(name = "module_revision_file")
@NamedQuery(
        name = "ModuleRevisionFile.of",
        query = "select f from ModuleRevisionFile f where f.revisionId = :revision order by f.path")
public class ModuleRevisionFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Column(nullable = false, length = 300)
    private String path;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    protected ModuleRevisionFile() {}

    ModuleRevisionFile(long revisionId, String path, String content) {
        this.revisionId = revisionId;
        this.path = Objects.requireNonNull(path, "A revision's file has a path.");
        this.content = Objects.requireNonNull(content, "A revision's file has its text.");
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }
}
