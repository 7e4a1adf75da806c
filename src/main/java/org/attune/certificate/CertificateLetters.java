package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;
import org.attune.account.Account;
import org.attune.account.AccountService;
import org.attune.account.Notification;
import org.attune.account.NotificationPreferences;
import org.attune.account.ReaderLanguage;
import org.attune.database.Consequence;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.mail.Letter;
import org.attune.mail.Mail;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;

/**
 * The emails that tell a learner what happened to their certificate: it is ready (issued when they completed the
 * course, or by an admin), approved, revoked (with the admin's reason), reissued (with the new code; the old one now
 * verifies as superseded). What happened is announced in its own transaction as an outbox row keyed by what and the
 * certificate's code ({@link #announce}), so that the letter is composed once, after that commits, in the
 * transaction that marks the row done, and never for something that rolled back; a learner who turned the
 * notification off gets nothing, and nothing is stored for them. Each letter is in the learner's language.
 */
@ApplicationScoped
public class CertificateLetters implements Consequence {

    /** The outbox topic of a letter about a certificate; the payload names what happened and the code. */
    static final String TOPIC = "certificate-letter";

    /** What happened to the certificate, and the notification that tells of it. */
    enum Happened {
        EARNED(Notification.CERTIFICATE_ISSUED),
        ISSUED_BY_ADMIN(Notification.CERTIFICATE_ISSUED),
        APPROVED(Notification.CERTIFICATE_APPROVED),
        REVOKED(Notification.CERTIFICATE_REVOKED),
        REISSUED(Notification.CERTIFICATE_REISSUED);

        final Notification notification;

        Happened(Notification notification) {
            this.notification = notification;
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    Mail mail;

    @Inject
    CertificateService certificates;

    @Inject
    AccountService accounts;

    @Inject
    NotificationPreferences preferences;

    @Inject
    PublicUrl publicUrl;

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    /** Has the learner told, once this transaction commits, what happened to the certificate. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Happened happened, Certificate certificate) {
        outbox.record(
                TOPIC,
                happened.name().toLowerCase() + ":" + certificate.getCode(),
                Payload.of("happened", happened.name(), "code", certificate.getCode()));
    }

    /** Has the learner told of the reissue: the replacement, and the code it replaces. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announceReissue(Certificate replacement, String replaced) {
        outbox.record(
                TOPIC,
                "reissued:" + replacement.getCode(),
                Payload.of("happened", Happened.REISSUED.name(), "code", replacement.getCode(), "replaces", replaced));
    }

    @Override
    @Transactional
    public void follow(Payload payload) {
        var happened = Happened.valueOf(payload.text("happened"));
        var certificate = certificates.find(payload.text("code")).orElseThrow();
        var learner = accounts.find(certificate.getAccountId()).orElseThrow();
        if (!learner.isActive() || !preferences.wants(learner.getId(), happened.notification)) {
            return;
        }
        var base = publicUrl.base();
        var letter = switch (happened) {
            case EARNED -> issued(learner, certificate, base, true);
            case ISSUED_BY_ADMIN -> issued(learner, certificate, base, false);
            case APPROVED -> approved(learner, certificate, base);
            case REVOKED -> revoked(learner, certificate, base);
            case REISSUED -> reissued(learner, certificate, payload.text("replaces"), base);
        };
        mail.send(letter);
    }

    static Letter issued(Account learner, Certificate certificate, String base, boolean completed) {
        var locale = ReaderLanguage.of(learner);
        var course = certificate.snapshot().courseTitle();
        var opening = Texts.text(
                locale,
                completed ? "mail.certificate.earned" : "mail.certificate.issuedByAdmin",
                course,
                certificate.snapshot().ceHours());
        return notification(
                learner,
                locale,
                Texts.text(locale, "mail.certificate.issued.subject", course),
                "certificate-issued",
                opening + "\n\n" + download(locale, base) + "\n\n" + verification(locale, certificate, base));
    }

    static Letter approved(Account learner, Certificate certificate, String base) {
        var locale = ReaderLanguage.of(learner);
        var course = certificate.snapshot().courseTitle();
        return notification(
                learner,
                locale,
                Texts.text(locale, "mail.certificate.approved.subject", course),
                "certificate-approved",
                Texts.text(
                                locale,
                                "mail.certificate.approved",
                                course,
                                certificate.snapshot().ceHours()) + "\n\n" + download(locale, base) + "\n\n"
                        + verification(locale, certificate, base));
    }

    static Letter revoked(Account learner, Certificate certificate, String base) {
        var locale = ReaderLanguage.of(learner);
        var snapshot = certificate.snapshot();
        var code = certificate.getCode();
        var wasIssued = certificate.getIssuedAt() != null;
        var text = wasIssued
                ? Texts.text(
                        locale,
                        "mail.certificate.revoked",
                        snapshot.courseTitle(),
                        code,
                        certificate.getRevocationReason(),
                        CertificateService.verifyUrl(base, code))
                : Texts.text(
                        locale,
                        "mail.certificate.declined",
                        snapshot.courseTitle(),
                        code,
                        certificate.getRevocationReason());
        return notification(
                learner,
                locale,
                Texts.text(locale, "mail.certificate.revoked.subject", snapshot.courseTitle()),
                "certificate-revoked",
                text + "\n\n" + Texts.text(locale, "mail.certificate.contact", snapshot.provider()));
    }

    static Letter reissued(Account learner, Certificate replacement, String replaced, String base) {
        var locale = ReaderLanguage.of(learner);
        var snapshot = replacement.snapshot();
        var prints = snapshot.learnerName()
                + (snapshot.licences() == null || snapshot.licences().isBlank() ? "" : "; " + snapshot.licences());
        return notification(
                learner,
                locale,
                Texts.text(locale, "mail.certificate.reissued.subject", snapshot.courseTitle()),
                "certificate-reissued",
                Texts.text(
                        locale,
                        "mail.certificate.reissued",
                        snapshot.courseTitle(),
                        prints,
                        replacement.getCode(),
                        base + "/certificates",
                        CertificateService.verifyUrl(base, replacement.getCode()),
                        replaced,
                        CertificateService.verifyUrl(base, replaced)));
    }

    private static Letter notification(Account learner, Locale locale, String subject, String type, String body) {
        return new Letter(
                learner.getEmail(),
                subject,
                Texts.text(locale, "mail.hello", learner.getFullName()) + "\n\n" + body + "\n\n"
                        + Texts.text(locale, "mail.signature.notification"),
                Letter.Kind.NOTIFICATION,
                type,
                locale);
    }

    private static String download(Locale locale, String base) {
        return Texts.text(locale, "mail.certificate.download", base + "/certificates");
    }

    private static String verification(Locale locale, Certificate certificate, String base) {
        return Texts.text(
                locale,
                "mail.certificate.verification",
                CertificateService.verifyUrl(base, certificate.getCode()),
                certificate.getCode());
    }
}
