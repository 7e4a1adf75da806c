/**
 * Learners' progress: which lessons each learner has completed, and the rules that turn that into a module's
 * progress. Progress refers to lessons and accounts by id and learns about modules from the catalog service; it
 * never reads the catalog's tables itself, and a completion once recorded is never lost to a content change. Time
 * on task is credited only for lesson pages served to the learner (a signed token) and never faster, across all of
 * a learner's lessons together, than real time passes.
 */
package org.attune.progress;
