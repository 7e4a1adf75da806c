package org.attune.certificate;

import java.util.Collection;
import java.util.Comparator;

/**
 * How long records are kept and why: the longest period that applies, never less than the operator's floor
 * ({@code ATTUNE_RECORDS_YEARS}); {@code because} names the rule it comes from.
 */
public record Retention(int years, String because) {

    /** The longest of the rules, or the floor when none is longer. */
    public static Retention longest(int floor, Collection<RetentionRule> rules) {
        return rules.stream()
                .filter(r -> r.years() > floor)
                .max(Comparator.comparingInt(RetentionRule::years))
                .map(r -> new Retention(r.years(), r.who()))
                .orElseGet(() -> new Retention(floor, "ATTUNE_RECORDS_YEARS (the operator's floor)"));
    }
}
