/**
 * The learner's pages that combine features: the catalog, a module's page, a lesson, My learning and My
 * certificates. Each reads the learner's standing (progress's one read model), the catalog and the post-test
 * through their services and shows them; none of them decides completion or records a consequence (module
 * completion, certificates): recording a fact is the owning feature's service's work, and what follows from it
 * runs from the outbox. My certificates asks the certificate feature to check every course on each visit.
 */
package org.attune.learner;
