package org.attune.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import org.attune.content.LessonDefinition;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * One lesson of a module. Its identity is its module and slug, so an edited text or title keeps every learner's
 * progress. A lesson whose file is removed is retired rather than deleted: learners no longer see it, and the
 * record of who completed it stays.
 */
@Entity
@EntityListeners(CatalogChanges.class)
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(
        name = "lesson",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_lesson_module_slug",
                        columnNames = {"module_id", "slug"}))
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private CourseModule module;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false, length = 1_000_000)
    private String markdown;

    @Column(nullable = false)
    private boolean retired;

    protected Lesson() {}

    Lesson(CourseModule module, String slug) {
        this.module = Objects.requireNonNull(module, "A lesson belongs to a module.");
        this.slug = Objects.requireNonNull(slug, "Lesson slug is required.");
    }

    void describeAs(LessonDefinition definition) {
        title = definition.title();
        sortOrder = definition.position();
        minutes = definition.minutes();
        markdown = definition.markdown();
        retired = false;
    }

    void retire() {
        retired = true;
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getMarkdown() {
        return markdown;
    }

    public boolean isRetired() {
        return retired;
    }
}
