package org.attune.certificate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A completion certificate. Everything it prints is copied into it when it is created (the snapshot) and never
 * changes: later edits to the learner's name, the course or the template do not reach an issued certificate. Only
 * its status moves: pending to issued, issued to revoked or superseded.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "select c from Certificate c where c.code = :code")
@NamedQuery(
        name = "Certificate.of",
        query = "select c from Certificate c where c.accountId = :account order by c.requestedAt desc")
@NamedQuery(
        name = "Certificate.current",
        query = "select c from Certificate c where c.accountId = :account and c.courseSlug = :course"
                + " and c.status in (org.attune.certificate.CertificateStatus.PENDING,"
                + " org.attune.certificate.CertificateStatus.ISSUED)")
@NamedQuery(
        name = "Certificate.pending",
        query = "select c from Certificate c where c.status = org.attune.certificate.CertificateStatus.PENDING"
                + " order by c.requestedAt desc, c.id desc")
@NamedQuery(name = "Certificate.all", query = "select c from Certificate c order by c.requestedAt desc")
public class Certificate {

    /** The layout the PDF is drawn with; a new layout is a new version, and old certificates keep theirs. */
    public static final int TEMPLATE_VERSION = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 19)
    private String code;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_slug", nullable = false, length = 80)
    private String courseSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificateStatus status;

    @Column(name = "learner_name", nullable = false, length = 200)
    private String learnerName;

    @Column(length = 4000)
    private String licences;

    @Column(length = 100)
    private String profession;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Column(name = "ce_hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal ceHours;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(name = "approval_statement", nullable = false, length = 2000)
    private String approvalStatement;

    @Column(nullable = false, length = 200)
    private String issuer;

    @Column(name = "verify_url", nullable = false, length = 400)
    private String verifyUrl;

    @Column(name = "content_revisions", length = 4000)
    private String contentRevisions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_approval", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    private List<ApprovalRow> approvals = new ArrayList<>();

    /** The CE categories, comma-separated (ids have no comma); empty for certificates issued before categories. */
    @Column(name = "ce_categories", nullable = false, length = 1000)
    private String categories = "";

    @Column(name = "instructional_minutes", nullable = false)
    private int instructionalMinutes;

    @Column(nullable = false, length = 20)
    private String language;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "superseded_by", length = 19)
    private String supersededBy;

    /** 1 for the certificate a completion earns, one more for each reissue: at most one of each, ever. */
    @Column(nullable = false)
    private int generation;

    @Version
    @Column(nullable = false)
    private long version;

    protected Certificate() {}

    Certificate(String code, long accountId, int generation, Snapshot snapshot, Instant now) {
        this.generation = generation;
        this.code = Objects.requireNonNull(code, "A certificate needs its code.");
        this.accountId = accountId;
        this.courseSlug = snapshot.courseSlug();
        this.learnerName = snapshot.learnerName();
        this.licences = snapshot.licences();
        this.profession = snapshot.profession();
        this.courseTitle = snapshot.courseTitle();
        this.ceHours = snapshot.ceHours();
        this.completedOn = snapshot.completedOn();
        this.provider = snapshot.provider();
        this.approvalStatement = snapshot.approvalStatement();
        this.issuer = snapshot.issuer();
        this.verifyUrl = snapshot.verifyUrl();
        this.contentRevisions = snapshot.contentRevisions();
        snapshot.approvals().forEach(a -> this.approvals.add(new ApprovalRow(a)));
        this.categories = String.join(",", snapshot.categories());
        this.instructionalMinutes = snapshot.instructionalMinutes();
        this.language = snapshot.language();
        this.templateVersion = TEMPLATE_VERSION;
        this.requestedAt = now;
        this.status = CertificateStatus.PENDING;
    }

    void issue(Instant at) {
        if (status != CertificateStatus.PENDING) {
            throw new IllegalStateException("only a pending certificate can be issued");
        }
        status = CertificateStatus.ISSUED;
        issuedAt = at;
    }

    void revoke(String reason, Instant at) {
        if (status != CertificateStatus.ISSUED && status != CertificateStatus.PENDING) {
            throw new IllegalStateException(
                    "this certificate is already " + status.name().toLowerCase());
        }
        status = CertificateStatus.REVOKED;
        revokedAt = at;
        revocationReason = Objects.requireNonNull(reason);
    }

    void supersede(String newCode, Instant at) {
        status = CertificateStatus.SUPERSEDED;
        revokedAt = at;
        supersededBy = newCode;
    }

    /** What the certificate prints, as frozen when it was created. */
    public Snapshot snapshot() {
        return new Snapshot(
                courseSlug,
                learnerName,
                licences,
                profession,
                courseTitle,
                ceHours,
                completedOn,
                provider,
                approvalStatement,
                issuer,
                verifyUrl,
                contentRevisions,
                approvals.stream().map(ApprovalRow::approval).toList(),
                categories.isEmpty() ? List.of() : List.of(categories.split(",")),
                instructionalMinutes,
                language);
    }

    /** The row's key, in the order certificates were created; exports page by it. */
    public long id() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public int getGeneration() {
        return generation;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getSupersededBy() {
        return supersededBy;
    }
}
