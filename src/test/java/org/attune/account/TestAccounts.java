package org.attune.account;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Learners for in-container tests that need hundreds: persisted straight through the entity, in the caller's
 * transaction, with a password hash nobody can sign in with, so that no PBKDF2 work (600,000 iterations each) is
 * spent on accounts that never sign in.
 */
public final class TestAccounts {

    private TestAccounts() {}

    /**
     * A new clinician (a counsellor, licence LPC 7781) with the name and an email of its own, its address confirmed;
     * returns its id.
     */
    public static long persist(EntityManager em, String fullName) {
        var account =
                new Account(UUID.randomUUID() + "@example.org", fullName, "no password: never signs in", Instant.now());
        account.describeProfession("Counsellor");
        account.verifyEmail(Instant.now());
        em.persist(account);
        em.persist(new Licence(account.getId(), new LicenceDetails(null, null, "LPC 7781", null, true), Instant.now()));
        return account.getId();
    }
}
