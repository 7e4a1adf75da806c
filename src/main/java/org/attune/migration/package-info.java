/**
 * The database schema: Flyway applies the migrations in {@code db/migration} when the application is deployed,
 * before Hibernate validates its mappings against the result. Migrations are written in SQL that runs unchanged on
 * H2 and PostgreSQL, and a migration that has landed is never edited: a change is a new migration.
 */
package org.attune.migration;
