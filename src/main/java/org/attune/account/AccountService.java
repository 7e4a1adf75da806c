package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Opens accounts and finds them. Emails are compared in lower case, so "Ana@Clinic.org" is "ana@clinic.org". */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /** Microsecond ticks: what the database keeps, so that a time read back equals the time written. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /** Opens a clinician's account. The password array is cleared once hashed. */
    @Transactional(rollbackOn = EmailTakenException.class)
    public Account signUp(SignUpRequest request) throws EmailTakenException {
        var email = normalizeEmail(request.email());
        if (findByEmail(email).isPresent()) {
            throw new EmailTakenException();
        }
        var account =
                new Account(email, request.fullName().strip(), passwords.hash(request.password()), Instant.now(clock));
        java.util.Arrays.fill(request.password(), '\0');
        account.describeProfession(blankToNull(request.profession()), blankToNull(request.licenceNumber()));
        em.persist(account);
        return account;
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Gives the account a role it did not have (an admin's decision; the admin pages call this). */
    public void grantRole(long accountId, Role role) {
        em.find(Account.class, accountId).grant(role);
    }

    /** The emails of the given accounts, by id. */
    public java.util.Map<Long, String> emailsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(Account::getId, Account::getEmail));
    }

    /**
     * Creates the first admin account from the operator's settings when no account has that email yet; an
     * existing account is left exactly as it is (its password is never reset from the environment).
     */
    public boolean ensureAdmin(String email, String fullName, char[] password) {
        if (findByEmail(email).isPresent()) {
            return false;
        }
        var account =
                new Account(normalizeEmail(email), fullName.strip(), passwords.hash(password), Instant.now(clock));
        account.grant(Role.admin);
        em.persist(account);
        return true;
    }
}
