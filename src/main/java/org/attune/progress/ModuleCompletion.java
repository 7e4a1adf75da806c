package org.attune.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The first time a learner completed a module (every lesson, and its post-test if it has one), and the revision of
 * the module they completed. It is never taken back: a module republished with a new lesson does not make a
 * learner who completed it incomplete, and their certificate names the revision they completed. Recording it
 * records an outbox row of topic {@link #COMPLETED}, whose consequence checks the module's course.
 */
@Entity
@Table(name = "module_completion")
@NamedQuery(name = "ModuleCompletion.of", query = "select c from ModuleCompletion c where c.accountId = :account")
public class ModuleCompletion {

    /** The outbox topic of a completed module; its payload names the account and the module. */
    public static final String COMPLETED = "module-completed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected ModuleCompletion() {}

    ModuleCompletion(long accountId, long moduleId, int revision, Instant completedAt) {
        this.accountId = accountId;
        this.moduleId = moduleId;
        this.revision = revision;
        this.completedAt = Objects.requireNonNull(completedAt, "Completion time is required.");
    }

    public long getModuleId() {
        return moduleId;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
