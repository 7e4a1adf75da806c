package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.ce.CeRules;
import org.attune.content.ContentException;
import org.attune.content.CourseReader;
import org.attune.content.ModuleLibrary;
import org.attune.database.Startup;

/**
 * Imports the course modules when the application starts: those packaged in the WAR under
 * {@code WEB-INF/modules}, or, when the environment variable {@code ATTUNE_MODULES_DIR} names a directory,
 * those in it, with their post-tests, and the course that {@code course.yaml} in the same folder describes. A module
 * whose folder changed is published as its next revision ({@link Publishing}, as a draft is); importing is
 * idempotent; each module is imported on its own, so a malformed folder or a failing module is logged and skipped
 * while the others import and the server starts.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

    @Inject
    Publishing publishing;

    @Inject
    Startup startup;

    @Inject
    CeRules ceRules;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        var directory = modulesDirectory(context);
        if (directory == null || !Files.isDirectory(directory)) {
            LOG.warning(() -> "No course modules to import: " + directory + " is not a directory");
            return;
        }
        startup.exclusively(() -> importFrom(directory));
    }

    /** Imports every module folder in the directory and returns how many modules were read cleanly. */
    public int importFrom(Path directory) {
        ModuleLibrary.Contents contents;
        try {
            contents = ModuleLibrary.read(directory);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot list the course modules in " + directory, e);
            return 0;
        }
        var courseSlug = importCourse(directory.resolve("course.yaml"));
        contents.failures()
                .forEach(failure -> LOG.warning(() ->
                        "Skipped a course module: " + directory.relativize(failure.file()) + ": " + failure.problem()));
        for (var module : contents.modules()) {
            try {
                var outcome = publishing.fromFolder(module, courseSlug);
                LOG.info(() -> "Course module '" + module.slug() + "': " + outcome);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Course module '" + module.slug() + "' could not be imported", e);
            }
        }
        return contents.modules().size();
    }

    /** Imports the course the folder's course.yaml describes; its modules are the folder's. Null if none. */
    private String importCourse(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            var course = CourseReader.read(file);
            ceRules.library().requireKnown(file, course);
            publishing.courseFromFolder(course);
            LOG.info(() -> "Course '" + course.slug() + "' imported");
            return course.slug();
        } catch (ContentException e) {
            LOG.warning(() -> "Skipped the course: course.yaml: " + e.problem() + " (its modules import on their own)");
            return null;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The course in " + file + " could not be imported", e);
            return null;
        }
    }

    private static Path modulesDirectory(ServletContext context) {
        var configured = System.getenv("ATTUNE_MODULES_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        var packaged = context.getRealPath("/WEB-INF/modules");
        return packaged == null ? null : Path.of(packaged);
    }
}
