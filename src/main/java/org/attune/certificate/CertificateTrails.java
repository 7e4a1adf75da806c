package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Certificates' audit trails as an audit reads them, for a page of certificates at once: every event of each
 * (earned, issued by hand, approved, revoked, reissued, superseded, a correction asked for or declined), in the
 * order they happened. Also which courses a person holds certificates of (issued, revoked or superseded alike), which
 * is what decides how long their records are kept.
 */
@ApplicationScoped
@Transactional
public class CertificateTrails {

    /** One event of a certificate's trail. */
    public record Event(String certificate, Instant occurredAt, String action, String actor, String reason) {}

    @PersistenceContext
    EntityManager em;

    /** The trails of the certificates, by code; a certificate with no events maps to an empty list. */
    public Map<String, List<Event>> of(Collection<String> codes) {
        var trails = new LinkedHashMap<String, List<Event>>();
        codes.forEach(code -> trails.put(code, new ArrayList<>()));
        if (codes.isEmpty()) {
            return trails;
        }
        em.createQuery(
                        "select e from CertificateEvent e where e.certificate in :codes order by e.occurredAt, e.id",
                        CertificateEvent.class)
                .setParameter("codes", codes)
                .getResultStream()
                .forEach(e -> trails.get(e.getCertificate())
                        .add(new Event(
                                e.getCertificate(),
                                e.getOccurredAt(),
                                e.getAction().name(),
                                e.getActor(),
                                e.getReason())));
        return trails;
    }

    /** The courses the person holds or held a certificate of, in any state but pending. */
    public Set<String> coursesCertified(long accountId) {
        return Set.copyOf(em.createQuery(
                        "select distinct c.courseSlug from Certificate c where c.accountId = :a"
                                + " and c.status <> org.attune.certificate.CertificateStatus.PENDING",
                        String.class)
                .setParameter("a", accountId)
                .getResultList());
    }
}
