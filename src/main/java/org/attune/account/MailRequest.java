package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request that mails an address someone typed (a password reset, a sign-up), counted by {@link MailThrottle}
 * whether or not the address has an account.
 */
@Entity
@Table(name = "mail_request")
@NamedQuery(
        name = "MailRequest.byEmail",
        query = "select r.requestedAt from MailRequest r where r.kind = :kind and r.email = :email"
                + " and r.requestedAt > :since order by r.requestedAt desc")
@NamedQuery(
        name = "MailRequest.byAddress",
        query = "select r.requestedAt from MailRequest r where r.kind = :kind and r.clientAddress = :address"
                + " and r.requestedAt > :since order by r.requestedAt desc")
@NamedQuery(name = "MailRequest.purge", query = "delete from MailRequest r where r.requestedAt < :before")
class MailRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected MailRequest() {}

    MailRequest(String kind, String email, String clientAddress, Instant requestedAt) {
        this.kind = kind;
        this.email = email;
        this.clientAddress = clientAddress;
        this.requestedAt = requestedAt;
    }
}
