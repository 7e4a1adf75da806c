package org.attune.ce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    ServletContext context;

    private volatile CeLibrary library;

    /** The library, read on first use. */
    public CeLibrary library() {
        var read = library;
        if (read == null) {
            synchronized (this) {
                if (library == null) {
                    library = readFrom(modulesDirectory());
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

    /** The directory the modules and these rules are read from; null when there is none. */
    public Path modulesDirectory() {
        var configured = System.getenv("ATTUNE_MODULES_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        var packaged = context.getRealPath("/WEB-INF/modules");
        return packaged == null ? null : Path.of(packaged);
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
