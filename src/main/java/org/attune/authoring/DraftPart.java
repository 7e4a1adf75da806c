package org.attune.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.annotations.OptimisticLock;

/**
 * What a lesson and a question of a module draft share: their draft, their place in its order, who saved them last
 * and when, and a version that refuses a save started from an older copy, so that two authors never overwrite each
 * other silently. Moving a part up or down is not an edit of it and leaves its version alone.
 */
@MappedSuperclass
abstract class DraftPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false)
    private ModuleDraft draft;

    @OptimisticLock(excluded = true)
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected DraftPart() {}

    DraftPart(ModuleDraft draft, int sortOrder) {
        this.draft = Objects.requireNonNull(draft, "A draft's part belongs to a draft.");
        this.sortOrder = sortOrder;
    }

    void saved(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /**
     * Numbers the parts 1, 2, ... in the order asked for ({@link DraftRules#inOrder}, by each part's key: a lesson's
     * slug, a question's id); an empty order closes the gaps a removed part left.
     */
    static <P extends DraftPart> void renumber(Collection<P> parts, Function<P, String> key, List<String> wanted) {
        var sorted = parts.stream()
                .sorted(Comparator.comparingInt(DraftPart::getSortOrder))
                .toList();
        var order = DraftRules.inOrder(wanted, sorted.stream().map(key).toList());
        sorted.forEach(part -> part.moveTo(order.indexOf(key.apply(part)) + 1));
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
