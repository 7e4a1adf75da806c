package org.attune.ce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a body turns instructional minutes into credits: one credit per {@code minutesPerCredit} minutes, awarded in
 * steps of {@code increment} (0.25, 0.5, 1), the remainder rounded {@link Rounding#DOWN} (a partial step earns
 * nothing, the usual rule) or to the {@link Rounding#NEAREST} step.
 */
public record CreditRule(int minutesPerCredit, BigDecimal increment, Rounding rounding) {

    /** What happens to minutes that do not fill a step. */
    public enum Rounding {
        DOWN,
        NEAREST
    }

    public CreditRule {
        if (minutesPerCredit <= 0) {
            throw new IllegalArgumentException("A credit takes a positive number of minutes.");
        }
        Objects.requireNonNull(increment, "A credit rule has its increment.");
        if (increment.signum() <= 0) {
            throw new IllegalArgumentException("Credits are awarded in positive steps.");
        }
        Objects.requireNonNull(rounding, "A credit rule says how it rounds.");
    }

    /** The credits for so many instructional minutes, with two decimals (0 for none). */
    public BigDecimal credits(int instructionalMinutes) {
        if (instructionalMinutes <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        var exact = BigDecimal.valueOf(instructionalMinutes)
                .divide(BigDecimal.valueOf(minutesPerCredit), 10, RoundingMode.HALF_UP);
        var steps = exact.divide(increment, 0, rounding == Rounding.DOWN ? RoundingMode.DOWN : RoundingMode.HALF_UP);
        return steps.multiply(increment).setScale(2, RoundingMode.UNNECESSARY);
    }
}
