/**
 * The database schema: Flyway applies the migrations in {@code db/migration} when the application is deployed,
 * before Hibernate validates its mappings against the result. Migrations are written in SQL that runs unchanged on
 * H2 and PostgreSQL, and a migration that has landed is never edited: a change is a new migration. Also what every
 * server on the database shares to coordinate: the clock that stamps times, and the start-up lock.
 */
package org.attune.database;
