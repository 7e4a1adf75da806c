package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.attune.account.Account;
import org.attune.account.AccountService;
import org.attune.account.Notification;
import org.attune.account.NotificationPreferences;
import org.attune.database.Consequence;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.mail.Letter;
import org.attune.mail.Mail;
import org.attune.web.PublicUrl;

/**
 * The emails that tell a learner what happened to their certificate: it is ready (issued when they completed the
 * course, or by an admin), approved, revoked (with the admin's reason), reissued (with the new code; the old one now
 * verifies as superseded). What happened is announced in its own transaction as an outbox row keyed by what and the
 * certificate's code ({@link #announce}), so that the letter is composed once, after that commits, in the
 * transaction that marks the row done, and never for something that rolled back; a learner who turned the
 * notification off gets nothing, and nothing is stored for them.
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
        var course = certificate.snapshot().courseTitle();
        var opening = completed
                ? "Congratulations: you have completed " + course + ", and your certificate for " + hours(certificate)
                        + " CE hours is ready."
                : "An administrator has issued you a certificate for " + course + " (" + hours(certificate)
                        + " CE hours). It is ready.";
        return notification(
                learner,
                "Your certificate for " + course + " is ready",
                "certificate-issued",
                opening + "\n\n" + download(base) + "\n\n" + verification(certificate, base));
    }

    static Letter approved(Account learner, Certificate certificate, String base) {
        var course = certificate.snapshot().courseTitle();
        return notification(
                learner,
                "Your certificate for " + course + " is approved",
                "certificate-approved",
                "Good news: an administrator has approved your certificate for " + course + " ("
                        + hours(certificate) + " CE hours).\n\n" + download(base) + "\n\n"
                        + verification(certificate, base));
    }

    static Letter revoked(Account learner, Certificate certificate, String base) {
        var snapshot = certificate.snapshot();
        var code = certificate.getCode();
        var wasIssued = certificate.getIssuedAt() != null;
        var text = wasIssued
                ? "An administrator has revoked your certificate for " + snapshot.courseTitle() + " (code " + code
                        + "). The reason they gave:\n\n" + certificate.getRevocationReason()
                        + "\n\nIts verification page now shows it as revoked, so it no longer stands as a record of"
                        + " these CE hours:\n" + CertificateService.verifyUrl(base, code)
                : "An administrator has decided not to issue your certificate for " + snapshot.courseTitle()
                        + ", which was waiting for approval (code " + code + "). The reason they gave:\n\n"
                        + certificate.getRevocationReason();
        return notification(
                learner,
                "Your certificate for " + snapshot.courseTitle() + " has been revoked",
                "certificate-revoked",
                text + "\n\nIf you think this is a mistake, or would like to talk it through, please contact "
                        + snapshot.provider() + ", who provides the course.");
    }

    static Letter reissued(Account learner, Certificate replacement, String replaced, String base) {
        var snapshot = replacement.snapshot();
        var prints = snapshot.learnerName()
                + (snapshot.licences() == null || snapshot.licences().isBlank() ? "" : "; " + snapshot.licences());
        return notification(
                learner,
                "Your certificate for " + snapshot.courseTitle() + " has been reissued",
                "certificate-reissued",
                "Your certificate for " + snapshot.courseTitle() + " has been reissued with your current details. It"
                        + " now prints: " + prints + ".\n\nIts new code is " + replacement.getCode()
                        + ". Download the new certificate as a PDF from My certificates:\n" + base
                        + "/certificates\n\nIts verification page:\n"
                        + CertificateService.verifyUrl(base, replacement.getCode())
                        + "\n\nYour previous certificate (" + replaced + ") now shows as superseded on its"
                        + " verification page, with a pointer to the new one. Please use the new certificate from now"
                        + " on:\n" + CertificateService.verifyUrl(base, replaced));
    }

    private static Letter notification(Account learner, String subject, String type, String body) {
        return new Letter(
                learner.getEmail(),
                subject,
                "Hello " + learner.getFullName() + ",\n\n" + body + "\n\nWith best wishes,\nAttune",
                Letter.Kind.NOTIFICATION,
                type);
    }

    private static String download(String base) {
        return "You can download it as a PDF from My certificates:\n" + base + "/certificates";
    }

    private static String verification(Certificate certificate, String base) {
        return "Your licensing board, or anyone else who needs to, can check it on its verification page:\n"
                + CertificateService.verifyUrl(base, certificate.getCode()) + "\n\nCertificate code: "
                + certificate.getCode();
    }

    static String hours(Certificate certificate) {
        return certificate.snapshot().ceHours().stripTrailingZeros().toPlainString();
    }
}
