package org.attune.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every module folder under one directory. A folder that cannot be read does not stop the others: it comes
 * back as a failure naming the file and the problem. Folders whose name starts with {@code .} or {@code _} are not
 * modules and are skipped.
 */
public final class ModuleLibrary {

    /** What reading the directory found: the modules that read cleanly, and why each other folder did not. */
    public record Contents(List<ModuleDefinition> modules, List<ContentException> failures) {}

    private ModuleLibrary() {}

    public static Contents read(Path directory) throws IOException {
        List<Path> folders;
        try (Stream<Path> listing = Files.list(directory)) {
            folders = listing.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    // Module slugs cannot start with '_': such folders hold data that is not a module
                    // (accreditor profiles, renewal rules), read by org.attune.ce.
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        var modules = new ArrayList<ModuleDefinition>();
        var failures = new ArrayList<ContentException>();
        for (var folder : folders) {
            try {
                modules.add(ModuleFolderReader.read(folder));
            } catch (ContentException e) {
                failures.add(e);
            }
        }
        return new Contents(modules, failures);
    }
}
