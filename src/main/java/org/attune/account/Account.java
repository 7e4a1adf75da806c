package org.attune.account;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A person who signs in to Attune. The email (kept in lower case) is unique and is the name they sign in with;
 * the full name is the one printed on their certificates, with their profession and the licences they mark to print
 * ({@link Licence}). The password is held only as a salted PBKDF2 hash.
 * An inactive account cannot sign in, and its records stay. The security version goes up with every change to who
 * the person is allowed to be (roles, activation, password, "sign out everywhere"); a session carries the version it
 * was signed in under and ends when the account's has moved on ({@link SessionGuard}). A new account's email is
 * unverified until its owner follows the link mailed to it; accounts older than verification count as verified.
 */
@Entity
@EntityListeners(AccountChanges.class)
@Table(name = "account")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(length = 100)
    private String profession;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "security_version", nullable = false)
    private int securityVersion = 1;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The language the person chose on My account (a BCP 47 tag), or null for "as my browser says". */
    @Column(length = 20)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    Account(String email, String fullName, String passwordHash, Instant createdAt) {
        this.email = Objects.requireNonNull(email, "Email is required.");
        this.fullName = Objects.requireNonNull(fullName, "Full name is required.");
        this.passwordHash = Objects.requireNonNull(passwordHash, "Password hash is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "Creation time is required.");
        this.active = true;
        this.roles.add(Role.clinician);
    }

    // My account: the holder's own changes to how they print ({@link MyAccount}).

    void rename(String fullName) {
        this.fullName = Objects.requireNonNull(fullName, "Full name is required.");
    }

    void describeProfession(String profession) {
        this.profession = profession;
    }

    /**
     * Closes the account: it can no longer sign in, its email is free for a new account (replaced by one that
     * cannot receive mail), and only the name stays, for the certificate records ({@link Closures}).
     */
    void close(String placeholderEmail, String unusableHash, Instant at) {
        email = Objects.requireNonNull(placeholderEmail);
        passwordHash = Objects.requireNonNull(unusableHash);
        profession = null;
        active = false;
        closedAt = Objects.requireNonNull(at);
        securityVersion++;
    }

    /** When the person closed the account; null while it is open. */
    public Instant getClosedAt() {
        return closedAt;
    }

    void grant(Role role) {
        roles.add(role);
    }

    void assign(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void activate(boolean active) {
        this.active = active;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "Password hash is required.");
    }

    /** Ends every session signed in under the current version, at its next request. */
    void bumpSecurityVersion() {
        securityVersion++;
    }

    /** Records that the owner followed a link mailed to the address; the first time counts. */
    void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = Objects.requireNonNull(at, "The time is required.");
        }
    }

    /** Moves the account to a new address, which the owner proved theirs by following a link mailed to it. */
    void changeEmail(String newEmail, Instant verifiedAt) {
        this.email = Objects.requireNonNull(newEmail, "Email is required.");
        this.emailVerifiedAt = Objects.requireNonNull(verifiedAt, "The time is required.");
    }

    /** Whether the owner has shown that the address is theirs; a certificate is issued only to such an account. */
    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public int getSecurityVersion() {
        return securityVersion;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getProfession() {
        return profession;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    /** The language the person chose, or empty for "as my browser says". */
    public java.util.Optional<java.util.Locale> getLanguage() {
        return java.util.Optional.ofNullable(language).map(java.util.Locale::forLanguageTag);
    }

    public void setLanguage(java.util.Locale language) {
        this.language = language == null ? null : language.toLanguageTag();
    }
}
