package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.attune.account.Account;
import org.attune.account.Notification;
import org.attune.account.NotificationPreferences;
import org.attune.account.Role;
import org.attune.mail.Letter;
import org.attune.mail.Mail;
import org.attune.web.Dates;
import org.attune.web.PublicUrl;

/**
 * The digest that tells admins which certificates wait for their approval: at most one an hour (the hour it goes out
 * in is the key of its {@link ApprovalDigest} row), only when a certificate newer than those the last digest listed
 * waits, to every active admin who has not turned it off. One server at a time decides, holding the lock of
 * {@code app_lock} 'approval-digest' (skipped, not waited for, when another holds it), and the digest's mail is
 * stored in the same transaction as its row, so it goes out once or not at all.
 */
@ApplicationScoped
public class ApprovalDigests {

    /** What a look for a due digest came to. */
    public enum Outcome {
        SENT,
        NOTHING_NEW,
        SENT_THIS_HOUR,
        ANOTHER_SERVER_IS_LOOKING
    }

    /** The most certificates one digest lists; the page has them all. */
    static final int LISTED = 50;

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationPreferences preferences;

    @Inject
    Mail mail;

    @Inject
    PublicUrl publicUrl;

    /** Sends the digest of the hour {@code now} is in, if one is due, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome sendIfDue(Instant now) {
        var locked = em.createNativeQuery(
                        "select name from app_lock where name = 'approval-digest' for update skip locked")
                .getResultList();
        if (locked.isEmpty()) {
            return Outcome.ANOTHER_SERVER_IS_LOOKING;
        }
        var hour = now.truncatedTo(ChronoUnit.HOURS);
        if (em.find(ApprovalDigest.class, hour) != null) {
            return Outcome.SENT_THIS_HOUR;
        }
        var waiting =
                em.createNamedQuery("Certificate.pending", Certificate.class).getResultList();
        var listedBefore = em.createNamedQuery("ApprovalDigest.before", ApprovalDigest.class)
                .setParameter("hour", hour)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(ApprovalDigest::getNewestRequest);
        long fresh = waiting.stream()
                .filter(c -> listedBefore.map(c.getRequestedAt()::isAfter).orElse(true))
                .count();
        if (fresh == 0) {
            return Outcome.NOTHING_NEW;
        }
        em.persist(new ApprovalDigest(hour, now, waiting.get(0).getRequestedAt(), waiting.size()));
        for (var admin : preferences.recipients(Role.admin, Notification.APPROVAL_DIGEST)) {
            mail.send(letter(admin, waiting, fresh, now, publicUrl.base()));
        }
        return Outcome.SENT;
    }

    static Letter letter(Account admin, List<Certificate> waiting, long fresh, Instant now, String base) {
        var lines = waiting.stream()
                .limit(LISTED)
                .map(c -> c.snapshot().learnerName() + ", " + c.snapshot().courseTitle() + " ("
                        + CertificateLetters.hours(c) + " CE hours), waiting since " + Dates.format(c.getRequestedAt())
                        + ", code " + c.getCode())
                .collect(Collectors.joining("\n"));
        if (waiting.size() > LISTED) {
            lines += "\n… and " + (waiting.size() - LISTED) + " more.";
        }
        var count = waiting.size() == 1 ? "1 certificate is" : waiting.size() + " certificates are";
        return new Letter(
                admin.getEmail(),
                count + " waiting for your approval",
                "Hello " + admin.getFullName() + ",\n\nAs of " + AS_OF.format(now) + ", " + count
                        + " waiting for an admin's approval (" + fresh + " new since the last summary). Each learner"
                        + " has completed the course and is waiting to download their certificate:\n\n" + lines
                        + "\n\nYou can review and approve them here:\n" + base + "/admin/certificates"
                        + "\n\nYou get this summary at most once an hour, and only when a new certificate is"
                        + " waiting.\n\nAttune",
                Letter.Kind.NOTIFICATION,
                "approval-digest");
    }
}
