/**
 * Course content as data: reading the module folders of {@code modules/} (YAML and Markdown) into definitions,
 * importing them at start-up, and rendering lesson Markdown to sanitized HTML. Reading is strict and pure: a
 * folder either becomes a complete {@link org.attune.content.ModuleDefinition} or fails with a
 * {@link org.attune.content.ContentException} that names the file and the problem. This package never renders
 * Markdown without sanitizing it, and never writes the catalog's tables itself (the catalog service does).
 */
package org.attune.content;
