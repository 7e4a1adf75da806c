package org.attune.ce;

/** What a profile's rule is about; {@link ProfileRule} carries the figures each kind needs. */
public enum RuleKind {
    /** Every module ends with a post-test whose questions have an answer key. */
    POST_TEST,
    /** The course has an evaluation the learner fills in. */
    EVALUATION,
    /** Post-test questions per credit, at least {@code min} and at most {@code max} (either may be absent). */
    QUESTIONS_PER_CREDIT,
    /** Every post-test's pass mark is at least {@code min} per cent. */
    PASS_MARK,
    /** The credit calculation includes the lessons' word count (at least {@code min} words when given). */
    WORD_COUNT,
    /** The approval names its number (provider or course approval number). */
    APPROVAL_NUMBER,
    /** The approval names the format it covers ("home study"). */
    FORMAT_LABEL,
    /** The approval lasts at most {@code max} years from its start. */
    APPROVAL_PERIOD
}
