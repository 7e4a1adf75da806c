package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.web.Texts;

/**
 * The module drafts as stored: found by their module's slug, listed by course, added and removed, and saved so that
 * an edit over someone else's newer save is refused, never written over it. Who may touch a draft is not asked
 * here; every use case asks {@link Authors} before it comes here.
 */
@ApplicationScoped
@Transactional(rollbackOn = AuthoringRefusal.class)
public class Drafts {

    @PersistenceContext
    EntityManager em;

    public Optional<ModuleDraft> find(String moduleSlug) {
        return em.createNamedQuery("ModuleDraft.bySlug", ModuleDraft.class)
                .setParameter("slug", moduleSlug)
                .getResultStream()
                .findFirst();
    }

    /** The drafts of modules of these courses. */
    public List<ModuleDraft> ofCourses(List<String> courseSlugs) {
        return em.createNamedQuery("ModuleDraft.ofCourses", ModuleDraft.class)
                .setParameter("courses", courseSlugs)
                .getResultList();
    }

    /** The slug of every module in draft, so that a new module gets another. */
    public Set<String> slugs() {
        return em.createQuery("select d.slug from ModuleDraft d", String.class)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    public void add(ModuleDraft draft) {
        em.persist(draft);
    }

    /** Removes the draft at once, so that another of the same module can take its place in the same transaction. */
    public void remove(ModuleDraft draft) {
        em.remove(draft);
        em.flush();
    }

    /**
     * Writes the changes made to a draft now, refusing them (and so rolling the transaction back) if someone else
     * saved the same thing since it was read.
     */
    public void save(String what) throws AuthoringRefusal {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw conflict("someone else", what);
        }
    }

    /** Refuses a save made from an older version than the one stored (someone else's save came in between). */
    static void requireVersion(long stored, long loaded, String by, String what) throws AuthoringRefusal {
        if (stored != loaded) {
            throw conflict(by, what);
        }
    }

    /** The draft with its lessons and questions read, so that a page can show it after the transaction. */
    static ModuleDraft loaded(ModuleDraft draft) {
        draft.getLessons().size();
        draft.getQuestions().size();
        return draft;
    }

    private static AuthoringRefusal conflict(String by, String what) {
        return new AuthoringRefusal("author.refusal.conflict", by, Texts.text(what));
    }
}
