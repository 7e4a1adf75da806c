package org.attune.ce;

/**
 * One rule of an approving body checked against a course: the rule's kind and weight, whether the course meets it,
 * and the message an author or admin reads (what the rule asks and what the course has, with the figures).
 */
public record Finding(RuleKind kind, RuleLevel level, boolean met, String message) {

    /** A required rule the course breaks: publishing is refused. */
    public boolean refuses() {
        return !met && level == RuleLevel.REQUIRED;
    }

    /** A recommended rule the course breaks: publishing warns. */
    public boolean warns() {
        return !met && level == RuleLevel.RECOMMENDED;
    }
}
