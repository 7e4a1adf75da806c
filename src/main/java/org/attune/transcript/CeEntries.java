package org.attune.transcript;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attune.account.AccountClosed;
import org.attune.database.DatabaseClock;

/**
 * A clinician's CE from elsewhere: recorded, changed and deleted by that clinician only (each call names the account
 * that acts, and another account's entry is "no such entry", as one that does not exist), each with at most one
 * uploaded certificate PDF. The same course recorded twice (title, provider, day and hours alike) is refused, which
 * also makes a double-submitted form record it once.
 */
@ApplicationScoped
@Transactional(rollbackOn = TranscriptRefusal.class)
public class CeEntries {

    /** More than anyone records in a career; it keeps the transcript a page, not a data store. */
    static final int MAX_PER_ACCOUNT = 500;

    @PersistenceContext
    EntityManager em;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** The clinician's entries, oldest first. */
    public List<CeEntry> of(long accountId) {
        return em.createNamedQuery("CeEntry.of", CeEntry.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public CeEntry add(long accountId, CeEntryDetails details) throws TranscriptRefusal {
        var kept = checked(details);
        var existing = of(accountId);
        if (existing.size() >= MAX_PER_ACCOUNT) {
            throw new TranscriptRefusal("transcript.refusal.tooMany", MAX_PER_ACCOUNT);
        }
        if (existing.stream().anyMatch(e -> same(e.details(), kept))) {
            throw new TranscriptRefusal("transcript.refusal.duplicate");
        }
        var entry = new CeEntry(accountId, kept, Instant.now(clock));
        em.persist(entry);
        return entry;
    }

    public void change(long accountId, long entryId, CeEntryDetails details) throws TranscriptRefusal {
        var kept = checked(details);
        owned(accountId, entryId).describe(kept);
    }

    public void delete(long accountId, long entryId) throws TranscriptRefusal {
        var entry = owned(accountId, entryId);
        var file = em.find(CeEntryFile.class, entry.getId());
        if (file != null) {
            em.remove(file);
            em.flush();
        }
        em.remove(entry);
    }

    /**
     * Forgets what a closing account recorded from elsewhere, with its uploaded certificates: the clinician's own
     * notes, not records a provider keeps for boards, so they go at closing rather than after the retention period.
     */
    void forget(@Observes AccountClosed closed) {
        em.createQuery("delete from CeEntryFile f where f.entryId in"
                        + " (select e.id from CeEntry e where e.accountId = :account)")
                .setParameter("account", closed.accountId())
                .executeUpdate();
        em.createQuery("delete from CeEntry e where e.accountId = :account")
                .setParameter("account", closed.accountId())
                .executeUpdate();
    }

    /** Keeps the PDF as the entry's certificate, replacing any earlier one. */
    public void attach(long accountId, long entryId, UploadedPdf pdf) throws TranscriptRefusal {
        var entry = owned(accountId, entryId);
        em.lock(entry, LockModeType.PESSIMISTIC_WRITE);
        var file = em.find(CeEntryFile.class, entry.getId());
        if (file == null) {
            em.persist(new CeEntryFile(entry.getId(), pdf, Instant.now(clock)));
        } else {
            file.replace(pdf, Instant.now(clock));
        }
    }

    /** The certificate uploaded for the clinician's own entry; empty for none, or for another account's entry. */
    public Optional<CeEntryFile> file(long accountId, long entryId) {
        var entry = em.find(CeEntry.class, entryId);
        if (entry == null || entry.getAccountId() != accountId) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(CeEntryFile.class, entryId));
    }

    /** The names of the files uploaded for the clinician's entries, by entry id. */
    public java.util.Map<Long, String> fileNames(long accountId) {
        var names = new java.util.HashMap<Long, String>();
        em.createQuery(
                        "select f.entryId, f.fileName from CeEntryFile f, CeEntry e"
                                + " where f.entryId = e.id and e.accountId = :account",
                        Object[].class)
                .setParameter("account", accountId)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private CeEntryDetails checked(CeEntryDetails details) throws TranscriptRefusal {
        var problem = details.problem(LocalDate.now(clock).plusDays(1));
        if (problem.isPresent()) {
            throw problem.get();
        }
        return details.cleaned();
    }

    private CeEntry owned(long accountId, long entryId) throws TranscriptRefusal {
        var entry = em.find(CeEntry.class, entryId);
        if (entry == null || entry.getAccountId() != accountId) {
            throw new TranscriptRefusal("transcript.refusal.noSuchEntry");
        }
        return entry;
    }

    private static boolean same(CeEntryDetails a, CeEntryDetails b) {
        return a.title().equalsIgnoreCase(b.title())
                && a.provider().equalsIgnoreCase(b.provider())
                && a.completedOn().equals(b.completedOn())
                && a.hours().compareTo(b.hours()) == 0;
    }
}
