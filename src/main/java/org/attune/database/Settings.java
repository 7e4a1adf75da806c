package org.attune.database;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What an operator sets in the environment for the application's own behaviour (README lists them), read once as
 * the application starts, each with its default. Beans that need a setting inject this instead of reading the
 * environment themselves, so that a setting has one name, one default and one parse. A value that is not a whole
 * number in range is reported at start-up and the default used.
 */
@ApplicationScoped
public class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private int idleMinutes;
    private int outboxRetrySeconds;
    private int outboxSweepSeconds;
    private Optional<String> smtpHost;
    private Optional<String> smtpUser;

    @PostConstruct
    void read() {
        read(System.getenv());
    }

    void read(Map<String, String> environment) {
        idleMinutes = number(environment, "ATTUNE_IDLE_MINUTES", 3);
        outboxRetrySeconds = number(environment, "ATTUNE_OUTBOX_RETRY_SECONDS", 30);
        outboxSweepSeconds = number(environment, "ATTUNE_OUTBOX_SWEEP_SECONDS", 10);
        smtpHost = text(environment, "ATTUNE_SMTP_HOST");
        smtpUser = text(environment, "ATTUNE_SMTP_USER");
    }

    /** After this long without a key, pointer or scroll, a lesson page's time-on-task clock stops. */
    public int idleMinutes() {
        return idleMinutes;
    }

    /** How long a consequence that failed waits before its first retry; each further failure doubles it. */
    public int outboxRetrySeconds() {
        return outboxRetrySeconds;
    }

    /** How often each server looks for consequences that are due and nobody ran. */
    public int outboxSweepSeconds() {
        return outboxSweepSeconds;
    }

    /**
     * The SMTP server email goes through (the mail session's own setting, see wildfly-config/70-mail.cli); none when
     * unset, and then every message is written to the server log instead of being sent.
     */
    public Optional<String> smtpHost() {
        return smtpHost;
    }

    /** The user Attune signs in to the SMTP server as; none when it sends without signing in. */
    public Optional<String> smtpUser() {
        return smtpUser;
    }

    private static Optional<String> text(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static int number(Map<String, String> environment, String name, int otherwise) {
        var value = environment.get(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1 && parsed <= 86_400) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below, as for a number out of range.
        }
        LOG.severe(() -> name + " is '" + value + "', not a whole number from 1 to 86400: using " + otherwise);
        return otherwise;
    }
}
