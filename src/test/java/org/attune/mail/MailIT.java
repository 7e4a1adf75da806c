package org.attune.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.attune.database.Outbox;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Email as its recipient gets it, from a real SMTP server (GreenMail) the application's mail session sends to. */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final Logger LOG = Logger.getLogger(MailIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Mail mail;

    @Inject
    Mailbox mailbox;

    @Inject
    Outbox outbox;

    @Inject
    UserTransaction transaction;

    @Test
    void aMessageArrivesAfterCommitAsTextAndHtmlWithItsOwnMessageId() throws Exception {
        var to = Clinicians.newEmail();
        var messageId = send(new Letter(
                to,
                "Your password reset link",
                "Hello Ana,\n\nTo choose a new password, open:\nhttps://ce.example.org/reset/abc\n\nAttune",
                Letter.Kind.SECURITY,
                "test"));

        var message = mailbox.await(to, "Your password reset link");

        assertThat(message.getMessageID()).isEqualTo(messageId);
        assertThat(message.getFrom()[0].toString()).isEqualTo("Attune <no-reply@attune.test>");
        assertThat(Mailbox.text(message))
                .contains("To choose a new password, open:\r\nhttps://ce.example.org/reset/abc");
        assertThat(Mailbox.html(message)).contains("<a href=\"https://ce.example.org/reset/abc\"");
        assertThat(Mailbox.text(message))
                .as("security mail has no preferences link")
                .doesNotContain("/account/");
    }

    @Test
    void aNotificationEndsWithTheLinkToThePersonsEmailPreferences() throws Exception {
        var to = Clinicians.newEmail();
        send(new Letter(to, "Your certificate is ready", "Hello Ana.", Letter.Kind.NOTIFICATION, "test"));

        var message = mailbox.await(to, "Your certificate is ready");

        assertThat(Mailbox.text(message))
                .contains("You can choose which emails Attune sends you:")
                .contains("/account/notifications");
    }

    @Test
    void aMessageWhoseTransactionRolledBackIsNeverSent() throws Exception {
        var to = Clinicians.newEmail();
        transaction.begin();
        mail.send(new Letter(to, "Rolled back", "Never sent.", Letter.Kind.SECURITY, "test"));
        transaction.rollback();
        send(new Letter(to, "Committed", "Sent.", Letter.Kind.SECURITY, "test"));

        mailbox.await(to, "Committed");

        assertThat(mailbox.to(to)).extracting(Mailbox::subject).containsExactly("Committed");
    }

    @Test
    void whileTheSmtpServerIsDownAMessageWaitsAndArrivesOnceWhenItComesBack() throws Exception {
        var to = Clinicians.newEmail();
        mailbox.stop();
        String messageId;
        try {
            messageId = send(new Letter(to, "Sent while down", "Hello.", Letter.Kind.SECURITY, "test"));
            var deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (attempts(messageId) < 3 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            var row = outbox.find(Mail.TOPIC, messageId).orElseThrow();
            LOG.info("While the SMTP server was down: " + row.getAttempts() + " attempts, last error: "
                    + row.getLastError() + ", next attempt at " + row.getNextAttemptAt());
            assertThat(row.getAttempts()).as("failed deliveries counted").isGreaterThanOrEqualTo(3);
            assertThat(row.isDone()).isFalse();
        } finally {
            mailbox.start();
        }
        var downSince = Instant.now();

        var message = mailbox.await(to, "Sent while down");
        LOG.info("Delivered " + Duration.between(downSince, Instant.now()).toMillis()
                + " ms after the SMTP server came back");

        assertThat(message.getMessageID()).isEqualTo(messageId);
        assertThat(outbox.find(Mail.TOPIC, messageId).orElseThrow().isDone()).isTrue();
        assertThat(mailbox.to(to)).as("delivered once").hasSize(1);
    }

    private int attempts(String messageId) {
        return outbox.find(Mail.TOPIC, messageId).map(row -> row.getAttempts()).orElse(0);
    }

    private String send(Letter letter) throws Exception {
        transaction.begin();
        try {
            var messageId = mail.send(letter);
            transaction.commit();
            return messageId;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
