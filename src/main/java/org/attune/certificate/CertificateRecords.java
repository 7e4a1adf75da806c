package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * A person's certificates as records: exported as JSON for "Download my data"; when they close their account, kept
 * (CE record-keeping) but with no request for a reissue left open; erased, audit trail and requests included, when
 * the retention period of a closed account is over.
 */
@ApplicationScoped
@Transactional
public class CertificateRecords {

    @PersistenceContext
    EntityManager em;

    public JsonObject export(long accountId) {
        var certificates = Json.createArrayBuilder();
        for (var c : em.createNamedQuery("Certificate.of", Certificate.class)
                .setParameter("account", accountId)
                .getResultList()) {
            var s = c.snapshot();
            certificates.add(Json.createObjectBuilder()
                    .add("code", c.getCode())
                    .add("status", c.getStatus().name())
                    .add("learnerName", s.learnerName())
                    .add("profession", text(s.profession()))
                    .add("licences", text(s.licences()))
                    .add("course", s.courseTitle())
                    .add("ceHours", s.ceHours().toPlainString())
                    .add("completedOn", s.completedOn().toString())
                    .add("provider", s.provider())
                    .add("verifyUrl", s.verifyUrl())
                    .add("issuedAt", text(c.getIssuedAt()))
                    .add("revokedAt", text(c.getRevokedAt()))
                    .add("revocationReason", text(c.getRevocationReason()))
                    .add("supersededBy", text(c.getSupersededBy())));
        }
        var requests = Json.createArrayBuilder();
        em.createNamedQuery("ReissueRequest.of", ReissueRequest.class)
                .setParameter("account", accountId)
                .getResultList()
                .forEach(r -> requests.add(Json.createObjectBuilder()
                        .add("certificate", r.getCertificate())
                        .add("note", text(r.getNote()))
                        .add("requestedAt", r.getRequestedAt().toString())
                        .add("state", r.getState().name())
                        .add("declineReason", text(r.getDeclineReason()))
                        .add("reissuedAs", text(r.getReissuedAs()))));
        return Json.createObjectBuilder()
                .add("certificates", certificates)
                .add("reissueRequests", requests)
                .build();
    }

    /** Withdraws the person's open requests for a corrected reissue: nobody is left to read the answer. */
    public void withdrawOpenRequests(long accountId) {
        em.createQuery("delete from ReissueRequest r where r.accountId = :a and r.openCertificate is not null")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    /** Deletes the person's certificates, their audit trails and reissue requests: the end of their retention. */
    public void erase(long accountId) {
        em.createQuery("delete from ReissueRequest r where r.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        em.createQuery("delete from CertificateEvent e where e.certificate in"
                        + " (select c.code from Certificate c where c.accountId = :a)")
                .setParameter("a", accountId)
                .executeUpdate();
        em.createQuery("delete from Certificate c where c.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
