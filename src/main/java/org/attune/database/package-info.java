/**
 * What every server on the database shares, below every feature. The schema: Flyway applies the migrations in
 * {@code db/migration} when the application is deployed, before Hibernate validates its mappings against the
 * result; migrations are written in SQL that runs unchanged on H2 and PostgreSQL, and a migration that has landed is
 * never edited. The clock that stamps times, the start-up lock, and the settings read from the environment once.
 * And the outbox: a service that records a fact (a lesson completed, a post-test passed, an evaluation submitted)
 * records in the same transaction what must follow ({@link org.attune.database.Outbox#record}); after the commit
 * the same request runs it, and a sweep on one server at a time runs what is due and was not run (a server died
 * between the two, or the consequence failed and waits for its retry, with a back-off). A consequence is a feature's
 * bean ({@link org.attune.database.Consequence}) found by its topic; this package never knows a feature.
 */
package org.attune.database;
