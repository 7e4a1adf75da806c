/**
 * The learner's pages that combine features: the catalog, a module's page, a lesson, My learning and My
 * certificates. Each reads the learner's standing and the catalog through their services and shows them; none of
 * them records a consequence itself (module completion, certificates): recording a fact is the owning feature's
 * service's work, and what follows from it is that service's too.
 */
package org.attune.learner;
