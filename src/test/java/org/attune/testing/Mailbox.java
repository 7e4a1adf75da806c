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
 * may stop the server and start it again to see what the application does while it is down.
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
        var port = Integer.parseInt(System.getenv().getOrDefault("ATTUNE_SMTP_PORT", "3025"));
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
        var links = LINK.matcher(text(message))
                .results()
                .map(match -> match.group())
                .filter(link -> link.contains(pathPart))
                .toList();
        if (links.size() != 1) {
            throw new AssertionError("Expected one link with " + pathPart + " in: " + text(message));
        }
        return links.get(0);
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
