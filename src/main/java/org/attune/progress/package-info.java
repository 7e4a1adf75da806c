/**
 * Learners' progress: which lessons each learner has completed, and the rules that turn that into a module's
 * progress. Progress refers to lessons and accounts by id and learns about modules from the catalog service; it
 * never reads the catalog's tables itself, and a completion once recorded is never lost to a content change.
 */
package org.attune.progress;
