package org.attune.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip written entry by entry straight to its stream, taking the SHA-256 and size of each entry's bytes as they
 * pass, for the manifest. Nothing but the entry being written is held.
 */
final class HashingZip implements AutoCloseable {

    /** One file of the pack as the manifest lists it. */
    record File(String path, long bytes, String sha256) {}

    /** What writes one entry's text. */
    interface Text {
        void write(Writer out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final List<File> files = new ArrayList<>();

    HashingZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Writes a UTF-8 text entry. */
    void text(String path, Text text) throws IOException {
        var digest = sha256();
        var counting = new CountingStream(zip);
        zip.putNextEntry(new ZipEntry(path));
        var writer = new OutputStreamWriter(new DigestOutputStream(counting, digest), StandardCharsets.UTF_8);
        text.write(writer);
        writer.flush();
        zip.closeEntry();
        files.add(new File(path, counting.count, HexFormat.of().formatHex(digest.digest())));
    }

    void text(String path, String content) throws IOException {
        text(path, out -> out.write(content));
    }

    /** Writes an entry that the manifest does not list (the manifest itself and its signature). */
    void unlisted(String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
    }

    List<File> files() {
        return List.copyOf(files);
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("The JDK has no SHA-256", e));
        }
    }

    /** Counts the bytes of an entry on their way into the zip, leaving the zip open. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
