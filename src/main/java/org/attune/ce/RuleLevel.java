package org.attune.ce;

/** How much a body's rule weighs: a broken required rule refuses publishing, a broken recommended one warns. */
public enum RuleLevel {
    REQUIRED,
    RECOMMENDED
}
