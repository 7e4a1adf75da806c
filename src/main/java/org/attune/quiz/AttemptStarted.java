package org.attune.quiz;

import java.time.Instant;

/**
 * A learner started an attempt at a module's post-test: fired within the transaction that created it, for features
 * above that report it (an LRS statement) to hear of it with the attempt.
 */
public record AttemptStarted(long attemptId, long accountId, String moduleSlug, int number, Instant startedAt) {}
