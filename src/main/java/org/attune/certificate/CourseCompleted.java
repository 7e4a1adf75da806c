package org.attune.certificate;

import java.time.Instant;

/**
 * A learner completed a course: the moment their claim found it complete and created the certificate (issued, or
 * waiting for approval). Fired within that transaction, once per learner and course, for features above that report
 * it (an LRS statement).
 */
public record CourseCompleted(long accountId, String courseSlug, String certificateCode, Instant completedAt) {}
