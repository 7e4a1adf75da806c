package org.attune.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A person's progress as records of their own: every fact progress keeps about them (lessons completed, reading
 * time, modules completed, post-tests passed), exported as JSON for "Download my data" and erased when they close
 * their account.
 */
@ApplicationScoped
@Transactional
public class ProgressRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    StandingCache standings;

    public JsonObject export(long accountId) {
        var lessons = Json.createArrayBuilder();
        em.createQuery(
                        "select c.lessonId, c.completedAt from LessonCompletion c where c.accountId = :a"
                                + " order by c.completedAt",
                        Object[].class)
                .setParameter("a", accountId)
                .getResultList()
                .forEach(r -> lessons.add(
                        Json.createObjectBuilder().add("lessonId", (Long) r[0]).add("completedAt", r[1].toString())));
        var time = Json.createArrayBuilder();
        em.createQuery(
                        "select t.lessonId, t.seconds from LessonTime t where t.accountId = :a order by t.lessonId",
                        Object[].class)
                .setParameter("a", accountId)
                .getResultList()
                .forEach(r -> time.add(
                        Json.createObjectBuilder().add("lessonId", (Long) r[0]).add("activeSeconds", (Integer) r[1])));
        var modules = Json.createArrayBuilder();
        em.createQuery(
                        "select m.moduleId, m.revision, m.completedAt from ModuleCompletion m where m.accountId = :a"
                                + " order by m.completedAt",
                        Object[].class)
                .setParameter("a", accountId)
                .getResultList()
                .forEach(r -> modules.add(Json.createObjectBuilder()
                        .add("moduleId", (Long) r[0])
                        .add("revision", (Integer) r[1])
                        .add("completedAt", r[2].toString())));
        var passes = Json.createArrayBuilder();
        em.createQuery(
                        "select p.moduleId, p.passedAt from PostTestPass p where p.accountId = :a order by p.passedAt",
                        Object[].class)
                .setParameter("a", accountId)
                .getResultList()
                .forEach(r -> passes.add(
                        Json.createObjectBuilder().add("moduleId", (Long) r[0]).add("passedAt", r[1].toString())));
        return Json.createObjectBuilder()
                .add("lessonsCompleted", lessons)
                .add("readingTime", time)
                .add("modulesCompleted", modules)
                .add("postTestsPassed", passes)
                .build();
    }

    /** Deletes every progress fact of the person. */
    public void erase(long accountId) {
        for (var entity : new String[] {"LessonCompletion", "LessonTime", "ModuleCompletion", "PostTestPass"}) {
            em.createQuery("delete from " + entity + " e where e.accountId = :a")
                    .setParameter("a", accountId)
                    .executeUpdate();
        }
        em.createQuery("delete from ReadingClock c where c.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        standings.changed(accountId);
    }
}
