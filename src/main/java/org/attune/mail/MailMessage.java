package org.attune.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One email as it was composed, kept as the record of what a person was told: its {@code Message-ID} (the same on
 * every delivery attempt, so a mail server or a reader can tell a repeat), the recipient, subject, text and HTML.
 * Nothing about it changes after it is written except the moment it was handed to the SMTP server (or written to
 * the server log when no SMTP server is configured).
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true, length = 200)
    private String messageId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 20000)
    private String text;

    @Column(name = "body_html", nullable = false, length = 40000)
    private String html;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Letter.Kind kind;

    @Column(name = "message_type", nullable = false, length = 60)
    private String type;

    @Column(nullable = false, length = 20)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {}

    MailMessage(String messageId, Letter letter, String text, Instant createdAt) {
        this.messageId = Objects.requireNonNull(messageId, "A Message-ID is required.");
        this.recipient = letter.to();
        this.subject = letter.subject();
        this.text = text;
        this.html = MailHtml.of(letter.subject(), text, letter.language());
        this.kind = letter.kind();
        this.type = letter.type();
        this.language = letter.language();
        this.createdAt = Objects.requireNonNull(createdAt, "A creation time is required.");
    }

    void sent(Instant at) {
        this.sentAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public Letter.Kind getKind() {
        return kind;
    }

    public String getType() {
        return type;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isSent() {
        return sentAt != null;
    }
}
