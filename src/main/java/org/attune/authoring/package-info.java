/**
 * What instructors edit, and the one way content reaches learners. Each use case has its service (courses, drafts,
 * lessons, questions, publication), and every one of them asks {@link org.attune.authoring.Authors} who may author
 * what before it reads or changes anything. A draft, or a changed {@code modules/} folder at start-up, is
 * published through {@link org.attune.authoring.Publishing}, which writes the module into the catalog and its
 * post-test into quiz in one transaction. A module also travels as a zip in exactly the {@code modules/} folder
 * format: an uploaded zip is untrusted input, read within limits (entries, sizes, paths) into a scratch folder and
 * through the same strict reader as {@code modules/}, and it changes nothing unless all of it reads. A post-test also
 * travels as a QTI 3.0 package ({@link org.attune.authoring.QtiWriter}, {@link org.attune.authoring.QtiReader}): read
 * as untrusted input in the same limits, with no DTD or entity, its text through the lessons' sanitizer, its
 * questions added to a draft, and whatever it holds that Attune cannot ask named, never dropped silently. A refusal the
 * author caused is an {@link org.attune.authoring.AuthoringRefusal}, shown beside the field or at the top of the
 * form; this package never lets a technical message reach a page.
 */
package org.attune.authoring;
