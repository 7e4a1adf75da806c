package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.attune.database.DatabaseClock;

/**
 * A clinician's licences: added, changed and removed by their holder only (each call names the account that acts,
 * and a licence of another account is "no such licence"). Details a certificate could not print are refused with
 * {@link LicenceDetails#problem()}'s message. What prints on a new certificate is {@link #printed(long)}.
 */
@ApplicationScoped
@Transactional(rollbackOn = AccountRefusal.class)
public class Licences {

    /** More than anyone holds; it keeps a certificate's licence line within what it can print. */
    static final int MAX_PER_ACCOUNT = 10;

    @PersistenceContext
    EntityManager em;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** The account's licences, in the order they were added. */
    public List<Licence> of(long accountId) {
        return em.createNamedQuery("Licence.of", Licence.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public Licence add(long accountId, LicenceDetails details) throws AccountRefusal {
        var kept = checked(details);
        if (of(accountId).size() >= MAX_PER_ACCOUNT) {
            throw new AccountRefusal("account.refusal.licenceLimit", MAX_PER_ACCOUNT);
        }
        var licence = new Licence(accountId, kept, Instant.now(clock));
        em.persist(licence);
        return licence;
    }

    public void change(long accountId, long licenceId, LicenceDetails details) throws AccountRefusal {
        var kept = checked(details);
        owned(accountId, licenceId).describe(kept);
    }

    public void remove(long accountId, long licenceId) throws AccountRefusal {
        em.remove(owned(accountId, licenceId));
    }

    /** The licences marked to print, as a new certificate prints them; null when none is. */
    public String printed(long accountId) {
        return LicenceDetails.printed(
                of(accountId).stream().map(Licence::details).toList());
    }

    private static LicenceDetails checked(LicenceDetails details) throws AccountRefusal {
        var problem = details.problem();
        if (problem.isPresent()) {
            throw problem.get();
        }
        return details.cleaned();
    }

    private Licence owned(long accountId, long licenceId) throws AccountRefusal {
        var licence = em.find(Licence.class, licenceId);
        if (licence == null || licence.getAccountId() != accountId) {
            throw new AccountRefusal("account.refusal.noLicence");
        }
        return licence;
    }
}
