package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.database.DatabaseClock;
import org.attune.mail.Mail;
import org.attune.web.SecurityLog;
import org.hibernate.jpa.HibernateHints;

/**
 * Opens accounts, finds them and changes who they may be. Emails are compared in lower case, so "Ana@Clinic.org" is
 * "ana@clinic.org". Every change to an account's roles, activation or password, and "sign out everywhere", raises
 * its security version, which ends its open sessions at their next request, and is written to the security log.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    CurrentAccount me;

    @Inject
    AccountLinks links;

    @Inject
    AccountLetters letters;

    @Inject
    Mail mail;

    @Inject
    Licences licences;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * Opens a clinician's account. The password array is cleared once hashed. A name a certificate could not print
     * is refused with {@link PrintableName}'s message, an email that has an account with {@link EmailTakenException};
     * the name is kept normalized.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public Account signUp(SignUpRequest request) throws AccountRefusal {
        var problem = PrintableName.problem(request.fullName());
        if (problem.isPresent()) {
            throw new AccountRefusal(problem.get());
        }
        var weak = PasswordRules.refusal(request.password());
        if (weak.isPresent()) {
            throw new AccountRefusal(weak.get());
        }
        var email = normalizeEmail(request.email());
        if (findByEmail(email).isPresent()) {
            throw new EmailTakenException();
        }
        var account = new Account(
                email,
                PrintableName.normalize(request.fullName()),
                passwords.hash(request.password()),
                Instant.now(clock));
        Arrays.fill(request.password(), '\0');
        account.describeProfession(blankToNull(request.profession()));
        em.persist(account);
        var licence = blankToNull(request.licenceNumber());
        if (licence != null) {
            licences.add(account.getId(), new LicenceDetails(null, null, licence, null, true));
        }
        return account;
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * The account as every request checks it ({@link SessionGuard}): read by id from the second-level cache (no
     * database query once cached, and no transaction), which any change to the account invalidates, on every node.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> cached(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        // Every signed-in request looks its account up by email: the lookup and the account are cached (second-level
        // cache, see persistence.xml), and any change to an account made through JPA (deactivation, roles, a new
        // account) invalidates them, on every node.
        return em
                .createNamedQuery("Account.byEmail", Account.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .setParameter("email", normalizeEmail(email))
                .getResultList()
                .stream()
                .findFirst();
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One page of accounts whose name or email contains the text (all when blank), by name. */
    public List<Account> search(String text, int first, int max) {
        return em.createQuery(
                        "select a from Account a" + where(text) + " order by lower(a.fullName), a.id", Account.class)
                .setParameter("text", pattern(text))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(String text) {
        return em.createQuery("select count(a) from Account a" + where(text), Long.class)
                .setParameter("text", pattern(text))
                .getSingleResult();
    }

    private static String where(String text) {
        return " where (:text = '%' or lower(a.fullName) like :text or a.email like :text)";
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    /**
     * Sets an account's roles and whether it may sign in; an admin's decision. Refused when it would leave no active
     * admin, so that nobody can lock everyone out of administration.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public void administer(long accountId, Set<Role> roles, boolean active) throws AccountRefusal {
        var account = em.find(Account.class, accountId);
        if (account == null) {
            throw new AccountRefusal("account.refusal.noAccount");
        }
        if (roles.isEmpty()) {
            throw new AccountRefusal("account.refusal.noRole");
        }
        boolean staysAdmin = active && roles.contains(Role.admin);
        if (!staysAdmin && account.isActive() && account.getRoles().contains(Role.admin) && activeAdmins() <= 1) {
            throw new AccountRefusal("account.refusal.onlyAdmin");
        }
        var before = account.getRoles();
        boolean wasActive = account.isActive();
        account.assign(roles);
        account.activate(active);
        rolesChanged(account, before);
        if (wasActive != active) {
            account.bumpSecurityVersion();
            SecurityLog.event(active ? "account.activated" : "account.deactivated")
                    .with("account", accountId)
                    .with("by", actor())
                    .info();
        }
    }

    /**
     * Gives the account a new password ({@link PasswordRules}: 12 to 128 characters, not a common one) and signs it
     * out everywhere; whoever calls this has checked that the person may (their current password, a reset link).
     * The owner is told by mail (security mail, always sent). The array is cleared.
     */
    @Transactional(rollbackOn = AccountRefusal.class)
    public void changePassword(long accountId, char[] password) throws AccountRefusal {
        try {
            var weak = PasswordRules.refusal(password);
            if (weak.isPresent()) {
                throw new AccountRefusal(weak.get());
            }
            var account = em.find(Account.class, accountId);
            if (account == null) {
                throw new AccountRefusal("account.refusal.noAccount");
            }
            account.changePassword(passwords.hash(password));
            account.bumpSecurityVersion();
            links.voidAll(accountId);
            mail.send(letters.passwordChanged(account, Instant.now(clock)));
            SecurityLog.event("account.password-changed")
                    .with("account", accountId)
                    .with("by", actor())
                    .info();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Records that the account's address is its owner's, as following a mailed link does; for accounts an operator
     * vouches for (the first admin, seeded and test accounts). Does nothing to an address already verified.
     */
    public void markEmailVerified(long accountId) {
        find(accountId).orElseThrow().verifyEmail(Instant.now(clock));
    }

    /** Ends every open session of the account, on every device, at its next request. */
    public void signOutEverywhere(long accountId) {
        var account = em.find(Account.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("There is no such account.");
        }
        account.bumpSecurityVersion();
        SecurityLog.event("account.signed-out-everywhere")
                .with("account", accountId)
                .with("by", actor())
                .info();
    }

    /** The signed-in person making a change, by account id; "system" for start-up work outside any request. */
    Object actor() {
        try {
            return me.id().orElse(null);
        } catch (ContextNotActiveException outsideARequest) {
            return "system";
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private long activeAdmins() {
        return em.createQuery(
                        "select count(a) from Account a join a.roles r where r = :admin and a.active = true",
                        Long.class)
                .setParameter("admin", Role.admin)
                .getSingleResult();
    }

    /** Gives the account a role it did not have (an admin's decision). */
    public void grantRole(long accountId, Role role) {
        var account = em.find(Account.class, accountId);
        var before = account.getRoles();
        account.grant(role);
        rolesChanged(account, before);
    }

    /** When the account's roles differ from before, its sessions end at their next request and the change is logged. */
    private void rolesChanged(Account account, java.util.Set<Role> before) {
        if (before.equals(account.getRoles())) {
            return;
        }
        account.bumpSecurityVersion();
        SecurityLog.event("account.roles")
                .with("account", account.getId())
                .with("by", actor())
                .with("from", names(before))
                .with("to", names(account.getRoles()))
                .info();
    }

    /** The emails of the given accounts, by id. */
    public Map<Long, String> emailsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Account::getId, Account::getEmail));
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
        account.verifyEmail(Instant.now(clock));
        em.persist(account);
        return true;
    }
}
