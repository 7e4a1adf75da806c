package org.attune.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.attune.content.ContentException;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleFolderReader;

/**
 * A module zip someone uploaded: untrusted input, unpacked within limits into a scratch folder and read through the
 * same strict reader as {@code modules/}. It is refused, with a message that names entries as the zip does (never
 * the scratch folder's place on the server), when it is not one module folder, reaches outside it, has more than
 * {@value #MAX_ENTRIES} files, a file over {@value #MAX_FILE_BYTES} bytes or more than {@value #MAX_TOTAL_BYTES}
 * bytes in all (counted as written: a zip's own size fields can lie), or when its content does not read.
 */
public final class UploadedArchive {

    static final int MAX_ENTRIES = 200;
    static final long MAX_FILE_BYTES = 1_000_000;
    static final long MAX_TOTAL_BYTES = 10_000_000;

    private UploadedArchive() {}

    /** Reads an uploaded zip into the scratch folder and through the strict module reader. */
    public static ModuleDefinition read(InputStream upload, Path scratch) throws ContentException {
        return readFolder(unpack(upload, scratch), scratch);
    }

    /**
     * Reads an uploaded zip that must hold the module with the given slug: a zip of another module folder is
     * refused as soon as it is unpacked, before any of its files is read.
     */
    public static ModuleDefinition read(InputStream upload, Path scratch, String slug) throws ContentException {
        var folder = unpack(upload, scratch);
        if (!folder.getFileName().toString().equals(slug)) {
            throw new ContentException(
                    Path.of("the zip"),
                    "holds the module '" + folder.getFileName() + "', not '" + slug
                            + "'; import it into its own module");
        }
        return readFolder(folder, scratch);
    }

    /**
     * Unpacks the zip into the scratch folder and returns its one module folder. Every message names entries as
     * the zip does, never the scratch folder's place on the server.
     */
    private static Path unpack(InputStream upload, Path scratch) throws ContentException {
        var archive = Path.of("the zip");
        var folders = new HashSet<String>();
        int entries = 0;
        long total = 0;
        try (var zip = new ZipInputStream(upload, StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ContentException(archive, "has more than " + MAX_ENTRIES + " files");
                }
                var name = entry.getName();
                if (name.startsWith("/")
                        || name.contains("\\")
                        || name.contains(":")
                        || List.of(name.split("/")).contains("..")) {
                    throw new ContentException(archive, "'" + name + "' points outside the module folder");
                }
                folders.add(name.split("/")[0]);
                var target = scratch.resolve(name).normalize();
                if (!target.startsWith(scratch)) {
                    throw new ContentException(archive, "'" + name + "' points outside the module folder");
                }
                try {
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    total += copy(zip, target, name, archive, MAX_TOTAL_BYTES - total);
                } catch (FileSystemException e) {
                    throw new ContentException(
                            archive, "'" + name + "' clashes with another file or folder of the same name in the zip");
                }
            }
        } catch (IOException e) {
            // A damaged zip: what the unzipper says about its bytes helps nobody who uploads it.
            throw new ContentException(
                    archive,
                    "is not a readable zip: it may be damaged or cut short; zip the module folder again and import"
                            + " that");
        }
        if (entries == 0) {
            throw new ContentException(archive, "is empty, or not a zip file at all");
        }
        if (folders.size() != 1
                || !Files.isRegularFile(
                        scratch.resolve(folders.iterator().next()).resolve("module.yaml"))) {
            throw new ContentException(archive, "must hold exactly one module folder with its module.yaml inside");
        }
        return scratch.resolve(folders.iterator().next());
    }

    /** Reads the unpacked folder, naming files as the zip does (slug/lessons/01-x.md). */
    private static ModuleDefinition readFolder(Path folder, Path scratch) throws ContentException {
        try {
            return ModuleFolderReader.read(folder);
        } catch (ContentException e) {
            throw new ContentException(scratch.relativize(e.file()), e.problem());
        }
    }

    /** Copies one entry, counting the bytes really written: a zip's own size fields can lie (zip bombs). */
    private static long copy(InputStream in, Path target, String name, Path archive, long budget)
            throws IOException, ContentException {
        long written = 0;
        var buffer = new byte[8192];
        try (var out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > MAX_FILE_BYTES) {
                    throw new ContentException(archive, "'" + name + "' is larger than " + MAX_FILE_BYTES + " bytes");
                }
                if (written > budget) {
                    throw new ContentException(archive, "unpacks to more than " + MAX_TOTAL_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** Deletes a scratch folder with everything in it, as far as it can. */
    static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A scratch folder left behind in the server's temp directory does no harm.
        }
    }
}
