package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finding certificates for admins: by course, status, request date and a name or code fragment; a page at a time. */
@ApplicationScoped
@Transactional
public class CertificateSearch {

    /** What an admin looks for: any of course, status, requested between two dates, a name or code fragment. */
    public record Criteria(
            String courseSlug, CertificateStatus status, LocalDate from, LocalDate to, String text, boolean oldestFirst)
            implements Serializable {

        public static final Criteria ALL = new Criteria(null, null, null, null, null, false);
    }

    /** The columns a search may sort by, and the property each stands for. */
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "c.code",
            "status", "c.status",
            "learner", "c.learnerName",
            "course", "c.courseTitle",
            "requested", "c.requestedAt");

    @PersistenceContext
    EntityManager em;

    public List<Certificate> search(Criteria criteria, int first, int max) {
        return search(criteria, first, max, null, false);
    }

    /** One page of what the search finds, sorted by a column (see SORTABLE) or else by request date. */
    public List<Certificate> search(Criteria criteria, int first, int max, String sortBy, boolean descending) {
        var order = sortBy != null && SORTABLE.containsKey(sortBy)
                ? SORTABLE.get(sortBy) + (descending ? " desc" : " asc")
                : "c.requestedAt " + (criteria.oldestFirst() ? "asc" : "desc");
        var query = em.createQuery(
                "select c from Certificate c" + where(criteria) + " order by " + order + ", c.id", Certificate.class);
        bind(query, criteria);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Up to {@code max} of the certificates the search finds whose id is above {@code afterId}, by id: one page of an
     * export, read in a transaction of its own, so that an export of any size holds neither a long transaction nor
     * every certificate at once. The next page starts after the last id of this one.
     */
    public List<Certificate> exportPage(Criteria criteria, long afterId, int max) {
        var where = where(criteria);
        var query = em.createQuery(
                "select c from Certificate c" + (where.isEmpty() ? " where " : where + " and ")
                        + "c.id > :after order by c.id",
                Certificate.class);
        bind(query, criteria);
        return query.setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public long count(Criteria criteria) {
        var query = em.createQuery("select count(c) from Certificate c" + where(criteria), Long.class);
        bind(query, criteria);
        return query.getSingleResult();
    }

    private static String where(Criteria criteria) {
        var conditions = new ArrayList<String>();
        if (criteria.courseSlug() != null && !criteria.courseSlug().isBlank()) {
            conditions.add("c.courseSlug = :course");
        }
        if (criteria.status() != null) {
            conditions.add("c.status = :status");
        }
        if (criteria.from() != null) {
            conditions.add("c.requestedAt >= :from");
        }
        if (criteria.to() != null) {
            conditions.add("c.requestedAt < :to");
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            conditions.add("(lower(c.learnerName) like :text or c.code like :code)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, Criteria criteria) {
        if (criteria.courseSlug() != null && !criteria.courseSlug().isBlank()) {
            query.setParameter("course", criteria.courseSlug());
        }
        if (criteria.status() != null) {
            query.setParameter("status", criteria.status());
        }
        if (criteria.from() != null) {
            query.setParameter(
                    "from", criteria.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (criteria.to() != null) {
            query.setParameter(
                    "to", criteria.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            var text = criteria.text()
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("%", "")
                    .replace("_", "");
            query.setParameter("text", "%" + text + "%");
            query.setParameter("code", "%" + text.toUpperCase(Locale.ROOT) + "%");
        }
    }
}
