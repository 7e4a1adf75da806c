package org.attune.ce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Where one licence stands against its board's renewal rule: the current period (ending on the licence's expiry date;
 * both null when the licence has none), the hours counted in it against the rule's, by category, what is missing,
 * and for every transcript record whether and how it counted.
 */
public record RenewalStanding(
        RenewalRule rule,
        String licence,
        LocalDate periodStart,
        LocalDate renewsOn,
        BigDecimal earned,
        List<CategoryStanding> categories,
        List<Use> uses,
        List<String> missing) {

    /** A category the rule asks hours of, and the hours counted toward it. */
    public record CategoryStanding(String category, int required, BigDecimal earned) {

        public boolean met() {
            return earned.compareTo(BigDecimal.valueOf(required)) >= 0;
        }
    }

    /** What one record counted toward this licence: hours (zero when it did not count) and why, in words. */
    public record Use(CeRecord record, BigDecimal hours, String why) {

        public boolean counted() {
            return hours.signum() > 0;
        }
    }

    public boolean complete() {
        return renewsOn != null && missing.isEmpty();
    }
}
