package org.attune.ce;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule of an approving body: its kind, how much it weighs, its figures ({@code min}, {@code max}; null when the
 * kind needs none), the course formats it applies to (empty: every format; e.g. {@code home study} only) and where
 * the rule comes from, as the profile file cites it.
 */
public record ProfileRule(
        RuleKind kind, RuleLevel level, BigDecimal min, BigDecimal max, List<String> formats, String source) {

    public ProfileRule {
        Objects.requireNonNull(kind, "A rule has its kind.");
        Objects.requireNonNull(level, "A rule is required or recommended.");
        formats = formats.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether the rule applies to a course approved in this format (null: the approval names none). */
    public boolean appliesTo(String format) {
        return formats.isEmpty()
                || (format != null && formats.contains(format.strip().toLowerCase(Locale.ROOT)));
    }
}
