package org.attune.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.attune.catalog.CatalogService;
import org.attune.ce.AccreditorProfile;
import org.attune.ce.CeRules;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;

/**
 * The approving bodies' retention rules for a course: for each approval the course holds, its body's profile's
 * {@code retentionYears} (a body that names no period asks for none, and so adds no rule).
 */
@ApplicationScoped
public class ProfileRetention implements RetentionRules {

    @Inject
    CatalogService catalog;

    @Inject
    CeRules ce;

    @Override
    public List<RetentionRule> of(String courseSlug) {
        var approvals =
                catalog.course(courseSlug).map(CourseDefinition::approvals).orElse(List.of());
        return rules(approvals, ce::profile);
    }

    static List<RetentionRule> rules(
            List<CourseApproval> approvals, Function<String, Optional<AccreditorProfile>> profiles) {
        return approvals.stream()
                .map(a -> profiles.apply(a.body()))
                .flatMap(Optional::stream)
                .filter(p -> p.retentionYears() > 0)
                .map(p -> new RetentionRule(p.name(), p.retentionYears()))
                .distinct()
                .toList();
    }
}
