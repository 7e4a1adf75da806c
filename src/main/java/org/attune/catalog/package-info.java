/**
 * The course catalog as learners see it: course modules, their objectives and lessons, the pages that list and
 * show them, and the public JSON API. It owns the module and lesson tables and is the only package that writes
 * them (the content importer goes through {@link org.attune.catalog.CatalogService}). It never shows a retired or
 * unpublished lesson to a learner, and never sends lesson HTML that has not been sanitized.
 */
package org.attune.catalog;
