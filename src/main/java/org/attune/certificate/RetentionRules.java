package org.attune.certificate;

import java.util.List;

/**
 * Where retention rules come from: each source (the accreditor profiles of a course's approvals, the renewal rules
 * of the licensing boards that accept them) is a CDI bean implementing this, and {@link RecordRetention} asks them
 * all.
 */
public interface RetentionRules {

    /** The rules that apply to the course's records. */
    List<RetentionRule> of(String courseSlug);
}
