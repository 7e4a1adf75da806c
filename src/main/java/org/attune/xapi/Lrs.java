package org.attune.xapi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Whether learning activity is reported to a learning record store, read from the environment once as the
 * application starts and said in one line of the start-up log. Pages ask it ({@code #{learningRecords.reported}})
 * to tell learners that their activity is reported.
 */
@ApplicationScoped
@Named("learningRecords")
public class Lrs {

    private static final Logger LOG = Logger.getLogger(Lrs.class.getName());

    private Optional<LrsConfig> config;

    @PostConstruct
    void read() {
        var reading = LrsConfig.read(System.getenv());
        config = reading.config();
        boolean attempted = Stream.of("ATTUNE_LRS_ENDPOINT", "ATTUNE_LRS_KEY", "ATTUNE_LRS_SECRET")
                .map(System::getenv)
                .anyMatch(value -> value != null && !value.isBlank());
        if (config.isEmpty() && attempted) {
            LOG.severe(reading.explanation());
        } else {
            LOG.info(reading.explanation());
        }
    }

    /** Reads the configuration as the application starts, so that its line is in the start-up log. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        isReported();
    }

    /** The store's configuration; empty when activity is not reported. */
    public Optional<LrsConfig> config() {
        return config;
    }

    /** Whether statements name learners by their email address (the operator chose {@code mbox}). */
    public boolean isNamedByEmail() {
        return config.map(c -> c.actor() == LrsConfig.Actor.MBOX).orElse(false);
    }

    /** Whether learners' activity is reported to their organisation's learning record store. */
    public boolean isReported() {
        return config.isPresent();
    }
}
