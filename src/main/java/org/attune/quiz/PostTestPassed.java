package org.attune.quiz;

/** A learner's attempt at a module's post-test was graded as passed (fired in the grading transaction). */
public record PostTestPassed(long accountId, long moduleId) {}
