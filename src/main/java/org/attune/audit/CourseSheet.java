package org.attune.audit;

import java.util.List;
import org.attune.catalog.ModuleOutline;
import org.attune.content.CourseDefinition;

/** The pack's course.txt: the course as it is now, with its modules, provider and approval statement. */
final class CourseSheet {

    private CourseSheet() {}

    static String text(CourseDefinition course, List<ModuleOutline> modules) {
        var text = new StringBuilder();
        text.append("Course: " + course.title() + " (" + course.slug() + ")\r\n");
        text.append("Provider: " + course.provider() + "\r\n");
        text.append("Approval statement: " + course.approvalStatement() + "\r\n");
        text.append("CE categories: " + String.join(", ", course.categories()) + "\r\n\r\n");
        text.append("Approvals the course holds now (certificate-approvals.csv has those each certificate was issued"
                + " under):\r\n");
        if (course.approvals().isEmpty()) {
            text.append("  none\r\n");
        }
        for (var a : course.approvals()) {
            text.append("  " + a.body() + ", approval " + a.number() + ", valid " + a.validFrom() + " to " + a.validTo()
                    + (a.format() == null ? "" : ", " + a.format()) + "\r\n");
        }
        text.append("\r\nModules (as published now; content/ holds each revision live in the range):\r\n");
        for (var m : modules) {
            text.append("  " + m.slug() + ": " + m.title() + ", " + m.ceHours().toPlainString() + " CE hours, revision "
                    + m.revision() + ", " + m.lessons().size() + " lessons" + (m.hasPostTest() ? ", post-test" : "")
                    + "\r\n");
        }
        return text.toString();
    }

    /**
     * The course's disclosures as boards ask for them: each author and instructor with their credentials, conflicts
     * of interest, commercial support. What course.yaml leaves out is written as not disclosed, which is itself what
     * an auditor needs to see.
     */
    static String disclosures(CourseDefinition course) {
        var d = course.disclosures();
        var text = new StringBuilder("Disclosures of " + course.title() + " (as the course states them now)\r\n\r\n")
                .append("Authors and instructors:\r\n");
        if (d.authors().isEmpty()) {
            text.append("  not disclosed\r\n");
        }
        for (var author : d.authors()) {
            text.append("  ")
                    .append(author.name())
                    .append(", ")
                    .append(author.credentials())
                    .append(author.role() == null ? "" : " (" + author.role() + ")")
                    .append("\r\n");
        }
        return text.append("\r\nConflicts of interest: ")
                .append(d.conflictsOfInterest() == null ? "not disclosed" : d.conflictsOfInterest())
                .append("\r\nCommercial support: ")
                .append(d.commercialSupport() == null ? "not disclosed" : d.commercialSupport())
                .append("\r\n")
                .toString();
    }
}
