package org.attune.ce;

/** What a body requires its certificates to print, beyond the learner, the course and the provider. */
public enum CertificateField {
    /** The learner's licence number(s). */
    LICENCE_NUMBER,
    /** The format the body approved the course in ("home study"). */
    FORMAT,
    /** The credits (CE hours) by the body's rule. */
    CE_HOURS,
    /** The approval's period, from and to. */
    APPROVAL_DATES,
    /** The approval or provider number. */
    APPROVAL_NUMBER,
    /** The day the learner completed the course. */
    COMPLETION_DATE
}
