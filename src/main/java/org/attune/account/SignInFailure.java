package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One failed sign-in (or one whose password is still being checked) for an email, an account's or not, from a
 * client address; kept in the database so every server counts it ({@link SignInThrottle}).
 */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(
        name = "SignInFailure.byEmail",
        query = "select f.failedAt from SignInFailure f where f.email = :email and f.failedAt > :since"
                + " order by f.failedAt desc")
@NamedQuery(
        name = "SignInFailure.byAddress",
        query = "select f.failedAt from SignInFailure f where f.clientAddress = :address and f.failedAt > :since"
                + " order by f.failedAt desc")
@NamedQuery(
        name = "SignInFailure.clear",
        query = "delete from SignInFailure f where f.email = :email and f.failedAt >= :since")
@NamedQuery(name = "SignInFailure.purge", query = "delete from SignInFailure f where f.failedAt < :before")
public class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {}

    SignInFailure(String email, String clientAddress, Instant failedAt) {
        this.email = Objects.requireNonNull(email);
        this.clientAddress = Objects.requireNonNull(clientAddress);
        this.failedAt = Objects.requireNonNull(failedAt);
    }
}
