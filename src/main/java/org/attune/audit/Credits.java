package org.attune.audit;

import java.util.Locale;
import java.util.stream.Collectors;
import org.attune.certificate.Snapshot;

/**
 * The credits a certificate awarded, per approval it was issued under, as the roster's one cell shows them:
 * {@code American Psychological Association 1.50 (approval 1234); NBCC 1.50 (approval 77)}; empty for a certificate
 * issued under no approval (every certificate from before approvals existed).
 */
final class Credits {

    private Credits() {}

    static String of(Snapshot snapshot) {
        return snapshot.approvals().stream()
                .map(a -> a.bodyName() + " "
                        + a.credits()
                                .setScale(2, java.math.RoundingMode.HALF_UP)
                                .toPlainString() + " (approval " + a.number() + ")")
                .collect(Collectors.joining("; "));
    }

    /** The approval's format in lower case, as the approvals file lists it; empty when it names none. */
    static String format(String format) {
        return format == null ? "" : format.toLowerCase(Locale.ROOT);
    }
}
