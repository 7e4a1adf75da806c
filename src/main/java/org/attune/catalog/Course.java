package org.attune.catalog;

import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;
import org.attune.content.CourseDefinition.EvaluationQuestion;
import org.attune.content.CourseDisclosures;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A course: modules taken together for one certificate. It states what its certificates print (provider and
 * approval statement), whether they are issued at once or after an admin's approval, and its evaluation. Its slug
 * is its identity; everything else follows its course.yaml when that file changes, or an author's edits, except
 * how its certificates are issued: that follows course.yaml only until an admin has chosen, and no instructor
 * changes it.
 */
@Entity
@EntityListeners(CatalogChanges.class)
@Table(name = "course")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = "Course.bySlug", query = "select c from Course c where c.slug = :slug")
@NamedQuery(name = "Course.all", query = "select c from Course c order by c.title")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "scope_note", nullable = false, length = 2000)
    private String scopeNote;

    @Column(nullable = false, length = 200)
    private String provider;

    @Column(name = "approval_statement", nullable = false, length = 2000)
    private String approvalStatement;

    @Column(name = "auto_issue", nullable = false)
    private boolean autoIssue;

    /** Whether an admin chose {@link #autoIssue}; from then on course.yaml no longer changes it. */
    @Column(name = "auto_issue_by_admin", nullable = false)
    private boolean autoIssueByAdmin;

    @Column(name = "require_reading_time", nullable = false)
    private boolean requireReadingTime;

    @Column(nullable = false, length = 20_000)
    private String evaluation;

    /** The approvals the course holds, as JSON: follows course.yaml until an admin edits them. */
    @Column(nullable = false, length = 20_000)
    private String approvals = "[]";

    /** Whether an admin edited {@link #approvals}; from then on course.yaml no longer changes them. */
    @Column(name = "approvals_by_admin", nullable = false)
    private boolean approvalsByAdmin;

    /** The CE categories, comma-separated ids (they hold no comma). */
    @Column(name = "ce_categories", nullable = false, length = 1000)
    private String categories = CourseDefinition.DEFAULT_CATEGORY;

    @Column(nullable = false, length = 20_000)
    private String disclosures = "{\"authors\":[]}";

    /** The accounts (instructors) who teach this course; assigned by admins. */
    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "course_instructor", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> instructors = new HashSet<>();

    /** The fingerprint of the course.yaml last imported; null for a course created in the Author area. */
    @Column(name = "folder_hash", length = 64)
    private String folderHash;

    /** Two authors saving the course at once: the second save is refused rather than overwriting the first. */
    @Version
    @Column(nullable = false)
    private long version;

    protected Course() {}

    Course(String slug) {
        this.slug = Objects.requireNonNull(slug, "Course slug is required.");
    }

    /** Follows the definition in everything but how certificates are issued ({@link #issueAsFolderSays}). */
    void describeAs(CourseDefinition definition) {
        title = definition.title();
        summary = definition.summary();
        scopeNote = definition.scopeNote();
        provider = definition.provider();
        approvalStatement = definition.approvalStatement();
        requireReadingTime = definition.requireReadingTime();
        try (var json = JsonbBuilder.create()) {
            evaluation = json.toJson(definition.evaluation().toArray(new EvaluationQuestion[0]));
        } catch (Exception e) {
            throw new IllegalStateException("The evaluation could not be stored", e);
        }
    }

    /**
     * Follows course.yaml's categories and disclosures, and its approvals unless an admin has edited them. An
     * author's edit in the Author area ({@link #describeAs}) changes none of these.
     */
    void continuingEducationAsFolderSays(CourseDefinition definition) {
        if (!approvalsByAdmin) {
            approvals = toJson(definition.approvals().toArray(new CourseApproval[0]));
        }
        categories = String.join(",", definition.categories());
        disclosures = toJson(definition.disclosures());
    }

    /** An admin's approvals, which stand whatever course.yaml says later. */
    void approvalsAsAdminChose(List<CourseApproval> chosen) {
        approvals = toJson(chosen.toArray(new CourseApproval[0]));
        approvalsByAdmin = true;
    }

    private static String toJson(Object value) {
        try (var json = JsonbBuilder.create()) {
            return json.toJson(value);
        } catch (Exception e) {
            throw new IllegalStateException("The course's continuing-education details could not be stored", e);
        }
    }

    /** The course as its definition, evaluation, approvals, categories and disclosures included. */
    public CourseDefinition definition() {
        try (var json = JsonbBuilder.create()) {
            List<EvaluationQuestion> questions = Arrays.asList(json.fromJson(evaluation, EvaluationQuestion[].class));
            return new CourseDefinition(
                    slug,
                    title,
                    summary,
                    scopeNote,
                    provider,
                    approvalStatement,
                    autoIssue,
                    requireReadingTime,
                    questions,
                    Arrays.asList(json.fromJson(approvals, CourseApproval[].class)),
                    Arrays.asList(categories.split(",")),
                    json.fromJson(disclosures, CourseDisclosures.class));
        } catch (Exception e) {
            throw new IllegalStateException("The evaluation could not be read", e);
        }
    }

    /** course.yaml's word on issuing (or a new course's default): followed until an admin has chosen. */
    void issueAsFolderSays(boolean auto) {
        if (!autoIssueByAdmin) {
            autoIssue = auto;
        }
    }

    /** An admin's choice of issuing at once or after approval, which stands whatever course.yaml says later. */
    void issueAsAdminChose(boolean auto) {
        autoIssue = auto;
        autoIssueByAdmin = true;
    }

    boolean isAutoIssue() {
        return autoIssue;
    }

    boolean isRequireReadingTime() {
        return requireReadingTime;
    }

    String getFolderHash() {
        return folderHash;
    }

    void importedFromFolder(String hash) {
        folderHash = hash;
    }

    public long getVersion() {
        return version;
    }

    Set<Long> getInstructors() {
        return instructors;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }
}
