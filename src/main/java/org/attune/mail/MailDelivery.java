package org.attune.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.logging.Logger;
import org.attune.database.Consequence;
import org.attune.database.DatabaseClock;
import org.attune.database.Payload;
import org.attune.database.Settings;

/**
 * Delivers stored messages, as the outbox's consequence of the topic {@code mail}: hands the message to the SMTP
 * server of the mail session {@code java:jboss/mail/Attune}, or {@code AttuneSignedIn} when an SMTP user is set
 * (configured from {@code ATTUNE_SMTP_*}, see wildfly-config/70-mail.cli), and marks it sent; when no SMTP server is configured, writes it to the server log
 * instead, so a newcomer can follow a reset link on their own machine. A failure (the SMTP server is down or refuses)
 * leaves the message unsent and the outbox retries it, with the same {@code Message-ID}.
 *
 * <p>At least once: the SMTP server takes the message before the transaction that marks it sent commits. A server
 * that dies between the two (after the SMTP server's "250 OK" to the message, before the commit, a window of
 * milliseconds) leaves the row claimed; the sweep sends it again once the claim lapses, with the same Message-ID.
 */
@ApplicationScoped
public class MailDelivery implements Consequence {

    private static final Logger LOG = Logger.getLogger("org.attune.mail");

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Attune")
    Session anonymous;

    @Resource(lookup = "java:jboss/mail/AttuneSignedIn")
    Session signedIn;

    @Inject
    Settings settings;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /** Says at start-up where mail goes. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        if (settings.smtpHost().isEmpty()) {
            LOG.info("No SMTP server is configured (ATTUNE_SMTP_HOST is unset): every email is written to this log "
                    + "instead of being sent, on the logger org.attune.mail.");
        } else {
            LOG.info(() -> "Email is sent through the SMTP server "
                    + settings.smtpHost().get()
                    + settings.smtpUser().map(user -> ", signed in as " + user).orElse("") + ", from "
                    + session().getProperty("mail.from"));
        }
    }

    @Override
    public Set<String> topics() {
        return Set.of(Mail.TOPIC);
    }

    @Override
    public void follow(Payload payload) {
        var message = em.find(MailMessage.class, payload.number("mail"));
        if (message == null || message.isSent()) {
            return;
        }
        if (settings.smtpHost().isEmpty()) {
            LOG.info(() -> "Email not sent (no SMTP server is configured), as it would have been:\n"
                    + "Message-ID: " + message.getMessageId() + "\nTo: " + message.getRecipient() + "\nSubject: "
                    + message.getSubject() + "\n\n" + message.getText());
        } else {
            send(message);
        }
        message.sent(Instant.now(clock));
    }

    /** The mail session that signs in to the SMTP server when a user is configured, else the one that does not. */
    private Session session() {
        return settings.smtpUser().isPresent() ? signedIn : anonymous;
    }

    private void send(MailMessage stored) {
        try {
            var message = new MimeMessage(session()) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", stored.getMessageId());
                }
            };
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(stored.getRecipient(), true));
            message.setSubject(stored.getSubject(), "UTF-8");
            message.setSentDate(Date.from(stored.getCreatedAt()));
            message.setHeader("Auto-Submitted", "auto-generated");
            var text = new MimeBodyPart();
            text.setText(stored.getText(), "UTF-8");
            var html = new MimeBodyPart();
            html.setText(stored.getHtml(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(
                    "The SMTP server did not take " + stored.getMessageId() + ": " + e.getMessage(), e);
        }
    }
}
