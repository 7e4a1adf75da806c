package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.attune.catalog.CatalogService;
import org.attune.ce.CeRules;
import org.attune.ce.RenewalRule;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;

/**
 * The licensing boards' retention rules for a course: every board whose renewal rule accepts one of the bodies that
 * approved the course asks its providers to keep records for {@code retentionYears} (California's BBS: four), since
 * the course's certificates count toward that board's renewals. A course without approvals counts toward none, and so
 * adds no rule.
 */
@ApplicationScoped
public class RenewalRetention implements RetentionRules {

    @Inject
    CatalogService catalog;

    @Inject
    CeRules ce;

    @Override
    public List<RetentionRule> of(String courseSlug) {
        var approvals =
                catalog.course(courseSlug).map(CourseDefinition::approvals).orElse(List.of());
        return rules(approvals, ce.renewalRules());
    }

    static List<RetentionRule> rules(Collection<CourseApproval> approvals, Collection<RenewalRule> boards) {
        return boards.stream()
                .filter(rule -> rule.retentionYears() > 0)
                .filter(rule ->
                        approvals.stream().anyMatch(a -> rule.accepted(a.body()).isPresent()))
                .map(rule -> new RetentionRule(rule.board(), rule.retentionYears()))
                .distinct()
                .toList();
    }
}
