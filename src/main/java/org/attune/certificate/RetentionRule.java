package org.attune.certificate;

import java.util.Objects;

/**
 * Somebody's rule for how long a course's CE records must be kept: an approving body's (its accreditor profile) or
 * a licensing board's (its renewal rule), by name, in whole years.
 */
public record RetentionRule(String who, int years) {

    public RetentionRule {
        Objects.requireNonNull(who, "A retention rule names whose it is.");
        if (years < 0) {
            throw new IllegalArgumentException("A retention rule keeps records for 0 years or more.");
        }
    }
}
