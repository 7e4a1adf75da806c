package org.attune.ce;

import java.math.BigDecimal;
import java.util.List;
import org.attune.content.CourseApproval;

/**
 * A course checked against one approval it holds: the approval, the body's profile, the course's figures, the
 * credits by the body's rule, and a finding per rule that applies to the approval's format.
 */
public record ApprovalCheck(
        CourseApproval approval,
        AccreditorProfile profile,
        CourseFigures figures,
        BigDecimal credits,
        List<Finding> findings) {

    /** How the check ended: refused when a required rule is broken, else warning when a recommended one is. */
    public enum Outcome {
        PASSED,
        WARNING,
        REFUSED
    }

    public ApprovalCheck {
        findings = List.copyOf(findings);
    }

    public Outcome outcome() {
        if (findings.stream().anyMatch(Finding::refuses)) {
            return Outcome.REFUSED;
        }
        return findings.stream().anyMatch(Finding::warns) ? Outcome.WARNING : Outcome.PASSED;
    }

    /** The messages of broken required rules, each naming the body. */
    public List<String> refusals() {
        return findings.stream()
                .filter(Finding::refuses)
                .map(f -> profile.name() + ": " + f.message())
                .toList();
    }

    /** The messages of broken recommended rules, each naming the body. */
    public List<String> warnings() {
        return findings.stream()
                .filter(Finding::warns)
                .map(f -> profile.name() + ": " + f.message())
                .toList();
    }
}
