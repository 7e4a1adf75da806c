package org.attune.audit;

import java.util.Locale;

/** A file size as people read it: 812 bytes, 14.2 KB, 3.1 MB (powers of 1,000). */
final class Sizes {

    private Sizes() {}

    static String of(long bytes) {
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1_000.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
