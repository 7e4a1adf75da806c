/**
 * Reporting a learner's activity to their organisation's learning record store (LRS) as xAPI 1.0.3 statements, when
 * an operator configured one ({@code ATTUNE_LRS_*}, see {@link org.attune.xapi.LrsConfig}); when none is, nothing is
 * queued and nothing is sent. The facts reported are those the features below record (a lesson completed, a
 * post-test attempt started and graded, a module and a course completed, a certificate issued): each is heard within
 * the transaction that records it, and becomes one statement, made then with the UUID it keeps, stored with an outbox
 * row in that transaction ({@link org.attune.xapi.StatementRecorder}). After the commit the outbox sends what is due
 * in batches, retries with its back-off while the LRS is down, and marks a statement sent only once the LRS has it
 * ({@link org.attune.xapi.StatementDelivery}). A learner appears by an opaque name, never their email unless the
 * operator asked for it. This package reads the features; none of them knows it.
 */
package org.attune.xapi;
