package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * That a person turned one notification off, and when. Every notification is on until its person turns it off, so
 * a person with no rows gets them all; at most one row per person and notification.
 */
@Entity
@Table(name = "notification_opt_out")
@NamedQuery(name = "NotificationOptOut.of", query = "select o from NotificationOptOut o where o.accountId = :account")
@NamedQuery(
        name = "NotificationOptOut.count",
        query = "select count(o) from NotificationOptOut o where o.accountId = :account"
                + " and o.notification = :notification")
public class NotificationOptOut {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Notification notification;

    @Column(name = "turned_off_at", nullable = false)
    private Instant turnedOffAt;

    protected NotificationOptOut() {}

    NotificationOptOut(long accountId, Notification notification, Instant turnedOffAt) {
        this.accountId = accountId;
        this.notification = Objects.requireNonNull(notification, "A notification is required.");
        this.turnedOffAt = Objects.requireNonNull(turnedOffAt, "The time it was turned off is required.");
    }

    public Notification getNotification() {
        return notification;
    }
}
