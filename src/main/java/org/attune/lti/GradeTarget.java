package org.attune.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where a platform takes one learner's grade for one module: the line item its latest resource-link launch into the
 * module named (AGS endpoint claim), the scopes it granted, and the learner's LTI subject, which a score names them
 * by. One per (platform, account, module); a later launch that names another line item moves it there.
 */
@Entity
@Table(name = "lti_grade_target")
@NamedQuery(
        name = "GradeTarget.of",
        query = "select t from GradeTarget t where t.platformId = :platform and t.accountId = :account"
                + " and t.moduleSlug = :module")
@NamedQuery(
        name = "GradeTarget.ofLearner",
        query = "select t from GradeTarget t where t.accountId = :account and t.moduleSlug = :module order by t.id")
public class GradeTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_slug", nullable = false, length = 100)
    private String moduleSlug;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String lineitem;

    /** The scopes granted, one a line. */
    @Column(nullable = false, length = 2000)
    private String scopes;

    @Column(name = "launch_id", nullable = false)
    private long launchId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GradeTarget() {}

    GradeTarget(long platformId, long accountId, String moduleSlug) {
        this.platformId = platformId;
        this.accountId = accountId;
        this.moduleSlug = Objects.requireNonNull(moduleSlug, "A grade target is for a module.");
    }

    /** The line item, scopes and subject the launch named. */
    void launched(long launchId, String subject, AgsEndpoint endpoint, Instant now) {
        this.launchId = launchId;
        this.subject = Objects.requireNonNull(subject, "A grade target names the learner by their LTI subject.");
        this.lineitem = endpoint.lineitem();
        this.scopes = String.join("\n", endpoint.scopes());
        this.updatedAt = now;
    }

    public long getId() {
        return id;
    }

    public long getPlatformId() {
        return platformId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleSlug() {
        return moduleSlug;
    }

    public String getSubject() {
        return subject;
    }

    public String getLineitem() {
        return lineitem;
    }

    public List<String> scopes() {
        return Arrays.stream(scopes.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
