package org.attune.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The SMTP server the integration-test server sends its mail to: a real GreenMail SMTP server, listening in the
 * test deployment on {@code ATTUNE_SMTP_PORT} (the port the server's mail session is configured with, see pom.xml),
 * from the moment the deployment starts until it is undeployed. Tests read what was delivered to an address, and
 * may stop the server and start it again to see what the application does while it is down. The same server
 * serves what it received over POP3 (on {@code IT_POP3_PORT}), each address its own mailbox, so that tests running
 * outside the server (a browser journey, a client-side test) read their mail too: {@link #fetch}.
 */
@ApplicationScoped
public class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private GreenMail server;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        start();
    }

    /** Starts listening (again): mail the application retries from now on is delivered. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        var smtp = Integer.parseInt(System.getenv().getOrDefault("ATTUNE_SMTP_PORT", "3025"));
        server = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(pop3Port(), "127.0.0.1", ServerSetup.PROTOCOL_POP3)
        });
        server.start();
    }

    /** Stops listening: the application's deliveries fail until {@link #start()}; what was delivered is gone. */
    @PreDestroy
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages delivered to the address so far, oldest first. */
    public synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .toList();
    }

    /** Waits (up to a minute) for a message to the address whose subject contains the text, and returns it. */
    public MimeMessage await(String address, String subjectPart) {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (var message : to(address)) {
                if (subject(message).contains(subjectPart)) {
                    return message;
                }
            }
            pause();
        }
        throw new AssertionError("No message to " + address + " with '" + subjectPart + "' in its subject within "
                + PATIENCE.toSeconds() + " s; delivered to it: "
                + to(address).stream().map(Mailbox::subject).toList());
    }

    /** Waits (up to a minute) for a message to the address that matches, described for the failure message. */
    public MimeMessage await(String address, String description, Predicate<MimeMessage> matching) {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var found = to(address).stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new AssertionError("No message to " + address + " that is " + description + " within "
                + PATIENCE.toSeconds() + " s; delivered to it: "
                + to(address).stream().map(Mailbox::subject).toList());
    }

    /**
     * From anywhere (the test's own JVM included): waits (up to a minute) for a message to the address whose subject
     * contains the text, read over POP3 from the test deployment's mail server, and returns the plain text of the
     * newest such message (the one a person would open).
     */
    public static String fetch(String address, String subjectPart) {
        var deadline = Instant.now().plus(PATIENCE);
        var seen = List.<String>of();
        while (Instant.now().isBefore(deadline)) {
            var session = jakarta.mail.Session.getInstance(new java.util.Properties());
            try (var store = session.getStore("pop3")) {
                store.connect("127.0.0.1", pop3Port(), address, address);
                try (var folder = store.getFolder("INBOX")) {
                    folder.open(jakarta.mail.Folder.READ_ONLY);
                    var subjects = new java.util.ArrayList<String>();
                    var messages = folder.getMessages();
                    for (int i = messages.length - 1; i >= 0; i--) {
                        subjects.add(messages[i].getSubject());
                        if (messages[i].getSubject().contains(subjectPart)) {
                            return text((MimeMessage) messages[i]);
                        }
                    }
                    seen = subjects;
                }
            } catch (jakarta.mail.AuthenticationFailedException nothingDeliveredYet) {
                // The mail server makes an address's mailbox when the first message to it arrives.
            } catch (MessagingException e) {
                throw new IllegalStateException("Could not read the test mail server over POP3", e);
            }
            pause();
        }
        throw new AssertionError("No message to " + address + " with '" + subjectPart + "' in its subject within "
                + PATIENCE.toSeconds() + " s; delivered to it: " + seen);
    }

    /** The one web address in a message's text whose path contains the part, e.g. {@code "/reset"}. */
    public static String link(String text, String pathPart) {
        var links = LINK.matcher(text)
                .results()
                .map(match -> match.group())
                .filter(link -> link.contains(pathPart))
                .toList();
        if (links.size() != 1) {
            throw new AssertionError("Expected one link with " + pathPart + " in: " + text);
        }
        return links.get(0);
    }

    private static int pop3Port() {
        return Integer.parseInt(System.getenv().getOrDefault("IT_POP3_PORT", "3110"));
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's plain-text part. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The message's HTML part. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The one web address in the message's text whose path contains the given part, e.g. {@code "/reset"}. */
    public static String link(MimeMessage message, String pathPart) {
        return link(text(message), pathPart);
    }

    private static String part(MimeMessage message, String type) {
        try {
            var content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    if (body.isMimeType(type)) {
                        return body.getContent().toString();
                    }
                }
                throw new AssertionError("The message has no " + type + " part");
            }
            return content.toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
