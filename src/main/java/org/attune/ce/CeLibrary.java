package org.attune.ce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.attune.content.ContentException;
import org.attune.content.CourseDefinition;

/**
 * The CE rules read from the modules directory: the accreditor profiles of {@code _accreditors/}, and the files
 * that could not be read (each a {@link ContentException} naming it; the others still read). A directory without
 * the folder holds no profiles.
 */
public final class CeLibrary {

    public static final String ACCREDITORS = "_accreditors";

    private final List<AccreditorProfile> profiles;
    private final List<ContentException> failures;

    public CeLibrary(List<AccreditorProfile> profiles, List<ContentException> failures) {
        this.profiles = List.copyOf(profiles);
        this.failures = List.copyOf(failures);
    }

    /** Nothing read: no profiles. */
    public static CeLibrary empty() {
        return new CeLibrary(List.of(), List.of());
    }

    public static CeLibrary read(Path modulesDirectory) throws IOException {
        var profiles = new ArrayList<AccreditorProfile>();
        var failures = new ArrayList<ContentException>();
        for (var file : yamlFiles(modulesDirectory.resolve(ACCREDITORS))) {
            try {
                profiles.add(AccreditorProfileReader.read(file));
            } catch (ContentException e) {
                failures.add(e);
            }
        }
        return new CeLibrary(profiles, failures);
    }

    /** The {@code .yaml} files of a folder by name; none when the folder does not exist. */
    static List<Path> yamlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    public List<AccreditorProfile> profiles() {
        return profiles;
    }

    public Optional<AccreditorProfile> profile(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The files that could not be read, each naming itself and its problem. */
    public List<ContentException> failures() {
        return failures;
    }

    /**
     * Refuses a course whose approvals name a body without a profile, or whose categories are not in
     * {@link CeCategories}: the import stops the course with this message rather than guess.
     */
    public void requireKnown(Path file, CourseDefinition course) throws ContentException {
        for (var approval : course.approvals()) {
            if (profile(approval.body()).isEmpty()) {
                throw new ContentException(
                        file,
                        "approval body '" + approval.body() + "' has no profile in " + ACCREDITORS + "/ (known: "
                                + profiles.stream().map(AccreditorProfile::id).toList() + ")");
            }
        }
        for (var category : course.categories()) {
            if (!CeCategories.isKnown(category)) {
                throw new ContentException(
                        file, "unknown category '" + category + "' (expected one of " + CeCategories.ids() + ")");
            }
        }
    }
}
