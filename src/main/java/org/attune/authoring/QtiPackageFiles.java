package org.attune.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

/**
 * The files of an uploaded QTI package, unpacked into memory within the same limits as a module zip
 * ({@link UploadedArchive}): at most {@value UploadedArchive#MAX_ENTRIES} entries, {@value
 * UploadedArchive#MAX_FILE_BYTES} bytes a file and {@value UploadedArchive#MAX_TOTAL_BYTES} in all, counted as
 * unpacked (a zip's own size fields can lie), so that a zip bomb stops at the limit.
 */
record QtiPackageFiles(Map<String, byte[]> files) {

    static QtiPackageFiles unpack(InputStream upload) throws QtiRefusal {
        var files = new LinkedHashMap<String, byte[]>();
        int entries = 0;
        long total = 0;
        try (var zip = new ZipInputStream(upload, StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > UploadedArchive.MAX_ENTRIES) {
                    throw new QtiRefusal("author.qti.tooManyFiles", String.valueOf(UploadedArchive.MAX_ENTRIES));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                var content = read(zip, entry.getName(), UploadedArchive.MAX_TOTAL_BYTES - total);
                total += content.length;
                files.put(entry.getName(), content);
            }
        } catch (IOException e) {
            throw new QtiRefusal("author.qti.notZip");
        }
        if (entries == 0) {
            throw new QtiRefusal("author.qti.empty");
        }
        return new QtiPackageFiles(files);
    }

    private static byte[] read(InputStream in, String name, long budget) throws IOException, QtiRefusal {
        var out = new java.io.ByteArrayOutputStream();
        var buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > UploadedArchive.MAX_FILE_BYTES) {
                throw new QtiRefusal("author.qti.fileTooLarge", name, String.valueOf(UploadedArchive.MAX_FILE_BYTES));
            }
            if (out.size() + n > budget) {
                throw new QtiRefusal("author.qti.tooLarge", String.valueOf(UploadedArchive.MAX_TOTAL_BYTES));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * The file a manifest's {@code href} names, relative to the package's root; a reference that climbs out of
     * the package, or to a file the zip lacks, is refused by name.
     */
    byte[] file(String href) throws QtiRefusal {
        var path = href.replace('\\', '/');
        if (path.startsWith("/") || List.of(path.split("/")).contains("..") || path.contains(":")) {
            throw new QtiRefusal("author.qti.outside", href);
        }
        var content = files.get(path.startsWith("./") ? path.substring(2) : path);
        if (content == null) {
            throw new QtiRefusal("author.qti.missing", href);
        }
        return content;
    }

    boolean has(String name) {
        return files.containsKey(name);
    }
}
