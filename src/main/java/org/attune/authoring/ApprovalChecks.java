package org.attune.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.attune.catalog.CatalogService;
import org.attune.ce.ApprovalCheck;
import org.attune.ce.CeRules;
import org.attune.ce.ComplianceRules;
import org.attune.content.ModuleDefinition;

/**
 * A course checked against the rules of every approval it holds ({@link ComplianceRules}), with its modules as
 * they are published, or as they would be with one module replaced by what is about to be published: the one check
 * that publishing a draft, the start-up import and the compliance page share. Who may ask is the caller's check.
 */
@ApplicationScoped
public class ApprovalChecks {

    @Inject
    CatalogService catalog;

    @Inject
    Publishing publishing;

    @Inject
    CeRules rules;

    /** The course's checks with its modules as published now; none for a course without approvals. */
    @Transactional
    public List<ApprovalCheck> ofCourse(String courseSlug) {
        return ofCourseWith(courseSlug, null);
    }

    /**
     * The course's checks if the module were published as given (joining the course if it is not one of its
     * modules yet); none when the course holds no approval or there is no such course.
     */
    @Transactional
    public List<ApprovalCheck> ofCourseWith(String courseSlug, ModuleDefinition module) {
        if (courseSlug == null) {
            return List.of();
        }
        var course = catalog.course(courseSlug).orElse(null);
        if (course == null || course.approvals().isEmpty()) {
            return List.of();
        }
        var modules = new ArrayList<ModuleDefinition>();
        for (var summary : catalog.modulesOf(courseSlug)) {
            if (module == null || !summary.slug().equals(module.slug())) {
                publishing.current(summary.slug()).ifPresent(modules::add);
            }
        }
        if (module != null) {
            modules.add(module);
        }
        return ComplianceRules.check(rules.library(), course, modules);
    }

    /** The messages of every broken required rule, one each. */
    public static List<String> refusals(List<ApprovalCheck> checks) {
        return checks.stream().flatMap(c -> c.refusals().stream()).toList();
    }

    /** The messages of every broken recommended rule, one each. */
    public static List<String> warnings(List<ApprovalCheck> checks) {
        return checks.stream().flatMap(c -> c.warnings().stream()).toList();
    }
}
