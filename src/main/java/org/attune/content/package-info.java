/**
 * Course content as data: reading the module folders of {@code modules/} (YAML and Markdown) into definitions
 * (modules, lessons, post-tests and their questions and settings, and a module's translations into other languages), and rendering lesson Markdown to sanitized HTML. Reading is strict and pure: a
 * folder either becomes a complete {@link org.attune.content.ModuleDefinition} or fails with a
 * {@link org.attune.content.ContentException} that names the file and the problem. This package depends
 * on no other feature, never renders Markdown without sanitizing it, and writes nothing: publishing definitions
 * into the catalog and the post-tests is authoring's work.
 */
package org.attune.content;
