/**
 * Learners' progress and their standing. It records the facts of a learner's progress (lessons completed, active
 * time, post-tests passed, modules completed) and builds from them and the catalog's outline one read model, the
 * learner's {@link org.attune.progress.Standing} ({@link org.attune.progress.Standings#of}, a pure function),
 * which every page, the post-test's gate and the certificate's checklist read: nothing else decides whether a
 * module is complete. A completed lesson or a passed post-test records an outbox row whose consequence records the
 * module's completion ({@link org.attune.progress.ModuleCompletions}). Progress refers to lessons, modules and
 * accounts by id and learns about them from the catalog's service; it never reads the catalog's tables itself, it
 * knows nothing of quizzes or certificates, and a completion once recorded is never lost to a content change. Time
 * on task is credited only for lesson pages served to the learner (a signed token) and never faster, across all of
 * a learner's lessons together, than real time passes.
 */
package org.attune.progress;
