package org.attune.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attune.content.ModuleDefinition;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A course module: a unit of study with learning objectives, lessons in order and a CE-hours value. Its slug is
 * its identity and never changes; everything else follows the module's folder on each import. Only published
 * modules are shown to learners.
 */
@Entity
@EntityListeners(CatalogChanges.class)
@Table(name = "course_module")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = "CourseModule.bySlug", query = "select m from CourseModule m where m.slug = :slug")
@NamedQuery(
        name = "CourseModule.published",
        query = "select distinct m from CourseModule m left join fetch m.lessons"
                + " where m.published = true order by m.sortOrder, m.title")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    /** The language the module is written in; its translations are files of its revision. */
    @Column(nullable = false, length = 8)
    private String language = ModuleDefinition.ENGLISH;

    @Column(name = "ce_hours", nullable = false, precision = 4, scale = 2)
    private BigDecimal ceHours;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /** 1 for the first publication, one more for each publication that changed anything. */
    @Column(nullable = false)
    private int revision;

    /** The fingerprint of the modules/ folder last imported, or null for a module only ever authored online. */
    @Column(name = "folder_hash", length = 64)
    private String folderHash;

    /** Whether the module has a post-test: set by the first revision that brings one, and never unset. */
    @Column(name = "has_post_test", nullable = false)
    private boolean hasPostTest;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "module_objective", joinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "seq")
    @Column(name = "objective", nullable = false, length = 1000)
    private List<String> objectives = new ArrayList<>();

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "module_reference", joinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "seq")
    private List<SourceReference> references = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @OneToMany(mappedBy = "module")
    @OrderBy("sortOrder")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {}

    CourseModule(String slug) {
        this.slug = Objects.requireNonNull(slug, "Module slug is required.");
    }

    /** Takes every field from the module's definition; lessons are matched separately, by slug. */
    void describeAs(ModuleDefinition definition, Course course, Instant now) {
        revision = id == null ? 1 : revision + 1;
        this.course = course;
        title = definition.title();
        summary = definition.summary();
        language = definition.language();
        ceHours = definition.ceHours();
        sortOrder = definition.order();
        published = true;
        contentHash = definition.contentHash();
        importedAt = now;
        // A published post-test is never removed (learners' attempts and certificates refer to it).
        hasPostTest = hasPostTest || definition.quiz() != null;
        objectives.clear();
        objectives.addAll(definition.objectives());
        references.clear();
        definition.references().forEach(r -> references.add(new SourceReference(r.title(), r.author(), r.year())));
    }

    public Long getId() {
        return id;
    }

    public boolean hasPostTest() {
        return hasPostTest;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getSummary() {
        return summary;
    }

    public BigDecimal getCeHours() {
        return ceHours;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isPublished() {
        return published;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getRevision() {
        return revision;
    }

    String getFolderHash() {
        return folderHash;
    }

    void importedFromFolder(String hash) {
        folderHash = hash;
    }

    /** The course this module belongs to, or null for a module on its own. */
    public Course getCourse() {
        return course;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public List<SourceReference> getReferences() {
        return references;
    }

    /** Every lesson ever imported for this module, retired ones included, in order. */
    public List<Lesson> getLessons() {
        return lessons;
    }

    /** The lessons learners see now, in order. */
    public List<Lesson> currentLessons() {
        return lessons.stream().filter(l -> !l.isRetired()).toList();
    }
}
