package org.attune.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Where a pack's zip goes as it is written: into parts of {@link AuditPackPart#SIZE} bytes, each stored with the
 * progress in a transaction of its own, so the zip never sits whole in memory and either server serves it. Progress
 * without a full part is stored at most once a second. Stops with {@link ClaimLost} as soon as the pack is no longer
 * this builder's.
 */
final class PartsOutputStream extends OutputStream {

    /** The pack was claimed by another builder (this one was thought dead) or is no longer building. */
    static final class ClaimLost extends IOException {
        ClaimLost() {
            super("Another server took this pack over");
        }
    }

    private final AuditPacks packs;
    private final long id;
    private final String node;
    private final byte[] buffer = new byte[AuditPackPart.SIZE];
    private final MessageDigest digest = HashingZip.sha256();
    private int filled;
    private int seq;
    private long size;
    private String step = "Starting";
    private long done;
    private long total;
    private long lastReport;

    PartsOutputStream(AuditPacks packs, long id, String node) {
        this.packs = packs;
        this.id = id;
        this.node = node;
    }

    /** Stores the progress, with nothing else, unless it was stored less than a second ago. */
    void progress(String step, long done, long total) throws IOException {
        this.step = step;
        this.done = done;
        this.total = total;
        if (System.nanoTime() - lastReport > 1_000_000_000L) {
            store(null);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == buffer.length) {
                storePart();
            }
        }
    }

    /** Stores what is left; the zip's size and SHA-256 follow. */
    void finish() throws IOException {
        if (filled > 0) {
            storePart();
        }
    }

    long size() {
        return size;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void storePart() throws IOException {
        var part = java.util.Arrays.copyOf(buffer, filled);
        digest.update(part);
        size += part.length;
        filled = 0;
        store(part);
    }

    private void store(byte[] part) throws IOException {
        lastReport = System.nanoTime();
        if (!packs.progress(id, node, step, done, total, part, part == null ? -1 : seq++)) {
            throw new ClaimLost();
        }
    }
}
