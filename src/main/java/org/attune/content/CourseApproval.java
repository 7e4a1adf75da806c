package org.attune.content;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An approval the course holds from an approving body, as {@code course.yaml} names it: the body (the id of an
 * accreditor profile in {@code modules/_accreditors/}, e.g. {@code apa}), the approval or provider number the body
 * gave, the period it is valid (both days included), and the format the body approved it in ("home study"), which
 * some bodies want printed. Whether the body is known is org.attune.ce's check, not this record's.
 */
public record CourseApproval(String body, String number, LocalDate validFrom, LocalDate validTo, String format)
        implements Serializable {

    public CourseApproval {
        Objects.requireNonNull(body, "An approval names its body.");
        Objects.requireNonNull(number, "An approval has its number.");
        Objects.requireNonNull(validFrom, "An approval is valid from a date.");
        Objects.requireNonNull(validTo, "An approval is valid to a date.");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("An approval cannot end before it starts.");
        }
    }

    /** Whether the approval covers the day (both ends included). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
