package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.attune.database.DatabaseClock;

/**
 * Which notification emails each person gets: every one offered to them ({@link Notification#offeredTo}) unless
 * they turned it off. A feature asks before it composes a notification, and composes nothing for a person who
 * does not want it; security mail never asks.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Whether the person gets the notification (they have not turned it off). */
    public boolean wants(long accountId, Notification notification) {
        return em.createNamedQuery("NotificationOptOut.count", Long.class)
                        .setParameter("account", accountId)
                        .setParameter("notification", notification)
                        .getSingleResult()
                == 0;
    }

    /** The notifications the person turned off. */
    public Set<Notification> turnedOff(long accountId) {
        var off = EnumSet.noneOf(Notification.class);
        rowsOf(accountId).forEach(row -> off.add(row.getNotification()));
        return off;
    }

    private List<NotificationOptOut> rowsOf(long accountId) {
        return em.createNamedQuery("NotificationOptOut.of", NotificationOptOut.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /**
     * Keeps exactly the given notifications off for the person: those newly off are recorded, those back on are
     * forgotten, those unchanged keep the time they were turned off.
     */
    public void turnOff(long accountId, Set<Notification> off) {
        var kept = EnumSet.noneOf(Notification.class);
        for (var row : rowsOf(accountId)) {
            if (off.contains(row.getNotification())) {
                kept.add(row.getNotification());
            } else {
                em.remove(row);
            }
        }
        var now = Instant.now(clock);
        off.stream()
                .filter(notification -> !kept.contains(notification))
                .forEach(notification -> em.persist(new NotificationOptOut(accountId, notification, now)));
    }

    /** The active accounts with the role who get the notification, by name (an admin's digest goes to these). */
    public List<Account> recipients(Role role, Notification notification) {
        return em.createQuery(
                        "select a from Account a join a.roles r where r = :role and a.active = true and not exists"
                                + " (select o from NotificationOptOut o where o.accountId = a.id"
                                + " and o.notification = :notification) order by a.fullName, a.id",
                        Account.class)
                .setParameter("role", role)
                .setParameter("notification", notification)
                .getResultList();
    }
}
