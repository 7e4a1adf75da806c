package org.attune.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.attune.database.DatabaseClock;
import org.attune.database.Outbox;
import org.attune.database.Payload;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;

/**
 * Sends email. A letter is stored as a {@link MailMessage} with an outbox row in the caller's transaction, so it is
 * sent only if what it tells about happened, and is sent even if the server dies right after; {@link MailDelivery}
 * hands it to the SMTP server once that transaction has committed, and retries until it is taken.
 */
@ApplicationScoped
public class Mail {

    /** The outbox topic of a message to deliver. */
    static final String TOPIC = "mail";

    /** Where a person chooses which notifications they get. */
    public static final String PREFERENCES_PATH = "/account/notifications";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    private final Clock clock = DatabaseClock.UTC_MICROS;

    /**
     * Stores the letter and has it sent once the caller's transaction commits (there must be one). A notification
     * gets a last paragraph, in the letter's language, with the link to the person's preferences. Returns the message's {@code Message-ID}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String send(Letter letter) {
        var messageId = "<" + UUID.randomUUID() + "@" + host() + ">";
        var message = new MailMessage(messageId, letter, withFooter(letter), Instant.now(clock));
        em.persist(message);
        outbox.record(TOPIC, messageId, Payload.of("mail", message.getId()));
        return messageId;
    }

    /** The messages sent or waiting for the address, newest first (for the people who look after accounts). */
    @Transactional
    public List<MailMessage> to(String address, int max) {
        return em.createQuery(
                        "select m from MailMessage m where m.recipient = :to order by m.createdAt desc, m.id desc",
                        MailMessage.class)
                .setParameter("to", address)
                .setMaxResults(max)
                .getResultList();
    }

    private String withFooter(Letter letter) {
        if (letter.kind() == Letter.Kind.SECURITY) {
            return letter.text().strip() + "\n";
        }
        return letter.text().strip()
                + "\n\n" + Texts.text(letter.locale(), "mail.footer.preferences") + "\n"
                + publicUrl.base() + PREFERENCES_PATH + "\n";
    }

    private String host() {
        var host = URI.create(publicUrl.base()).getHost();
        return host == null ? "attune" : host;
    }
}
