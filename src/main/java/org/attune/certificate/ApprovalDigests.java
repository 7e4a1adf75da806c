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
import java.util.stream.Collectors;
import org.attune.account.Account;
import org.attune.account.Notification;
import org.attune.account.NotificationPreferences;
import org.attune.account.ReaderLanguage;
import org.attune.account.Role;
import org.attune.mail.Letter;
import org.attune.mail.Mail;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;
import org.attune.web.WrittenDates;

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
        var locale = ReaderLanguage.of(admin);
        var lines = waiting.stream()
                .limit(LISTED)
                .map(c -> Texts.text(
                        locale,
                        "mail.digest.line",
                        c.snapshot().learnerName(),
                        c.snapshot().courseTitle(),
                        c.snapshot().ceHours(),
                        WrittenDates.moment(c.getRequestedAt(), locale),
                        c.getCode()))
                .collect(Collectors.joining("\n"));
        if (waiting.size() > LISTED) {
            lines += "\n" + Texts.text(locale, "mail.digest.more", waiting.size() - LISTED);
        }
        var asOf = DateTimeFormatter.ofPattern(Texts.text(locale, "mail.digest.date"), locale)
                .withZone(ZoneOffset.UTC)
                .format(now);
        return new Letter(
                admin.getEmail(),
                Texts.text(locale, "mail.digest.subject", waiting.size()),
                Texts.text(locale, "mail.hello", admin.getFullName()) + "\n\n"
                        + Texts.text(
                                locale,
                                "mail.digest.body",
                                asOf,
                                waiting.size(),
                                fresh,
                                lines,
                                base + "/admin/certificates")
                        + "\n\n" + Texts.text(locale, "mail.signature.security"),
                Letter.Kind.NOTIFICATION,
                "approval-digest",
                locale);
    }
}
