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
 * The fact that one learner passed one module's post-test, and when they first did: recorded by the quiz in the
 * transaction that grades the passing attempt, at most one per learner and module. Recording it records an outbox
 * row of topic {@link #PASSED}, whose consequence checks the module ({@link ModuleCompletions}).
 */
@Entity
@Table(name = "post_test_pass")
@NamedQuery(
        name = "PostTestPass.moduleIdsOf",
        query = "select p.moduleId from PostTestPass p where p.accountId = :account")
@NamedQuery(
        name = "PostTestPass.count",
        query = "select count(p) from PostTestPass p where p.accountId = :account and p.moduleId = :module")
public class PostTestPass {

    /** The outbox topic of a passed post-test; its payload names the account and the module. */
    public static final String PASSED = "post-test-passed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "passed_at", nullable = false)
    private Instant passedAt;

    protected PostTestPass() {}

    PostTestPass(long accountId, long moduleId, Instant passedAt) {
        this.accountId = accountId;
        this.moduleId = moduleId;
        this.passedAt = Objects.requireNonNull(passedAt, "The time of the pass is required.");
    }
}
