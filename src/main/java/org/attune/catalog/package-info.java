/**
 * The course catalog: courses, their modules, objectives and lessons, the public JSON API, and each course's
 * evaluation (what learners answer about it, and the answers in aggregate for its instructors). It owns the course,
 * module, lesson and evaluation tables and is the only package that writes them (publishing goes through
 * {@link org.attune.catalog.CatalogPublishing}, edits of courses and who teaches them through
 * {@link org.attune.catalog.CourseEditing}; pages read through {@link org.attune.catalog.CatalogService}). A submitted evaluation
 * records an outbox row whose consequence checks the course's certificate. It never
 * shows a retired or unpublished lesson to a learner, and never sends lesson HTML that has not been sanitized.
 */
package org.attune.catalog;
