/**
 * The rules of continuing education as data: the profiles of the bodies that approve CE for therapists (APA, ASWB
 * ACE, NBCC; one YAML file each in {@code modules/_accreditors/}), with their approval statement, the certificate
 * fields and credit rule they require and their post-test and evaluation rules, each required or recommended; the
 * fixed vocabulary of CE subject categories; and the library read at start-up that other packages inject
 * ({@link org.attune.ce.CeRules}). Pure: records, readers and rules over content's definitions. It stores nothing,
 * has no pages, and never reaches into a feature above it.
 */
package org.attune.ce;
