package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;

/**
 * How long a course's, or a person's, CE records are kept: the longest period any approving body or licensing
 * board asks of the courses concerned ({@link RetentionRules}), and never less than {@link RecordKeeping#YEARS}.
 * A person's records are those of every course they hold or held a certificate of; within the period nothing the
 * audit pack reads of them may be deleted.
 */
@ApplicationScoped
public class RecordRetention {

    @Inject
    Instance<RetentionRules> sources;

    @Inject
    CertificateTrails certificates;

    /** How long the course's records are kept. */
    public Retention ofCourse(String courseSlug) {
        return ofCourses(java.util.List.of(courseSlug));
    }

    /** How long a person's records are kept: the longest of the courses they were certified in. */
    public Retention ofAccount(long accountId) {
        return ofCourses(certificates.coursesCertified(accountId));
    }

    /** The courses the person holds or held a certificate of (pending ones aside). */
    public java.util.Set<String> certifiedCourses(long accountId) {
        return certificates.coursesCertified(accountId);
    }

    private Retention ofCourses(Collection<String> courseSlugs) {
        var rules = new ArrayList<RetentionRule>();
        for (var source : sources) {
            courseSlugs.forEach(course -> rules.addAll(source.of(course)));
        }
        return Retention.longest(RecordKeeping.YEARS, rules);
    }
}
