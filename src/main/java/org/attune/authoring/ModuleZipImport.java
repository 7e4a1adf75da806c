package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.content.ContentException;
import org.attune.content.ModuleDefinition;

/**
 * A module zip put into the draft of the module its address names ({@code POST /api/authoring/modules/{slug}} and
 * the upload on the module's Author page). Who may import is decided from the address alone, before a byte of the
 * zip is read, so that nobody can make the server read what they may not import; the zip must then hold that very
 * module. Whatever is refused changes nothing.
 */
@ApplicationScoped
public class ModuleZipImport {

    @Inject
    Authors authors;

    @Inject
    DraftAuthoring drafts;

    /**
     * Imports the zip into the module's draft (a module new to the catalog joins the given course). Throws
     * {@link NotAnAuthorException} (403) for anyone who may not author the module, before reading the zip.
     */
    public ModuleDefinition into(String slug, String courseSlugIfNew, InputStream zip) throws AuthoringRefusal {
        authors.requireImporter(slug, courseSlugIfNew);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("attune-upload");
            var module = UploadedArchive.read(zip, scratch, slug);
            drafts.importIntoDraft(module, courseSlugIfNew);
            return module;
        } catch (ContentException refused) {
            throw new AuthoringRefusal("author.refusal.notImported", refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            UploadedArchive.deleteTree(scratch);
        }
    }
}
