package org.attune.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A person's course evaluations as records of their own: exported as JSON for "Download my data" and erased when
 * they close their account (their answers, comments included, then no longer count in a course's summary).
 */
@ApplicationScoped
@Transactional
public class EvaluationRecords {

    @PersistenceContext
    EntityManager em;

    public JsonObject export(long accountId) {
        var evaluations = Json.createArrayBuilder();
        em.createQuery(
                        "select e.courseSlug, e.answers, e.submittedAt from CourseEvaluation e where e.accountId = :a"
                                + " order by e.submittedAt",
                        Object[].class)
                .setParameter("a", accountId)
                .getResultList()
                .forEach(r -> evaluations.add(Json.createObjectBuilder()
                        .add("course", (String) r[0])
                        .add("answers", (String) r[1])
                        .add("submittedAt", r[2].toString())));
        return Json.createObjectBuilder().add("evaluations", evaluations).build();
    }

    public void erase(long accountId) {
        em.createQuery("delete from CourseEvaluation e where e.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }
}
