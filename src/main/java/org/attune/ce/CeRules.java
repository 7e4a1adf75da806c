package org.attune.ce;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The CE rules of this server, read once from the modules directory (the one {@code ATTUNE_MODULES_DIR} names, or
 * the WAR's {@code WEB-INF/modules}) when first asked. Files that cannot be read are logged once, by name, and left
 * out: a course whose approval names such a body is then refused as naming an unknown one.
 */
@ApplicationScoped
public class CeRules {

    private static final Logger LOG = Logger.getLogger(CeRules.class.getName());

    /** The WAR's copy of the modules, known once the application has started. */
    private volatile Path packaged;

    private volatile CeLibrary library;

    /**
     * Learns where the WAR's modules are, before the start-up import (which observes the same event at the default,
     * later, priority) asks for the rules.
     */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
                    ServletContext context) {
        var real = context.getRealPath("/WEB-INF/modules");
        packaged = real == null ? null : Path.of(real);
    }

    /** The library, read on first use. */
    public CeLibrary library() {
        var read = library;
        if (read == null) {
            var directory = modulesDirectory();
            if (directory == null) {
                // Asked before the application started: nothing to read yet, and nothing cached.
                return CeLibrary.empty();
            }
            synchronized (this) {
                if (library == null) {
                    library = readFrom(directory);
                }
                read = library;
            }
        }
        return read;
    }

    public List<AccreditorProfile> profiles() {
        return library().profiles();
    }

    public Optional<AccreditorProfile> profile(String id) {
        return library().profile(id);
    }

    /** The licensing boards' renewal rules. */
    public List<RenewalRule> renewalRules() {
        return library().renewalRules();
    }

    /** The directory the modules and these rules are read from; null when there is none. */
    public Path modulesDirectory() {
        var configured = System.getenv("ATTUNE_MODULES_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return packaged;
    }

    private static CeLibrary readFrom(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            LOG.warning(() -> "No CE rules: " + directory + " is not a directory");
            return CeLibrary.empty();
        }
        try {
            var read = CeLibrary.read(directory);
            read.failures().forEach(f -> LOG.warning(() -> "Skipped a CE rules file: " + f.getMessage()));
            LOG.info(() -> "CE rules: " + read.profiles().size() + " accreditor profiles");
            return read;
        } catch (IOException e) {
            LOG.warning(() -> "Cannot list the CE rules in " + directory + ": " + e);
            return CeLibrary.empty();
        }
    }
}
