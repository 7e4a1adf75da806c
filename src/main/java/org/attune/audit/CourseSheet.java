package org.attune.audit;

import java.util.List;
import org.attune.catalog.ModuleOutline;
import org.attune.content.CourseDefinition;

/** The pack's course.txt: the course as it is now, with its modules, provider and approval statement. */
final class CourseSheet {

    private CourseSheet() {}

    static String text(CourseDefinition course, List<ModuleOutline> modules) {
        var text = new StringBuilder()
                .append("Course: ")
                .append(course.title())
                .append(" (")
                .append(course.slug())
                .append(")\r\n")
                .append("Provider: ")
                .append(course.provider())
                .append("\r\n")
                .append("Approval statement: ")
                .append(course.approvalStatement())
                .append("\r\n\r\n")
                .append("Modules (as published now; content/ holds each revision live in the range):\r\n");
        for (var module : modules) {
            text.append("  ")
                    .append(module.slug())
                    .append(": ")
                    .append(module.title())
                    .append(", ")
                    .append(module.ceHours().toPlainString())
                    .append(" CE hours, revision ")
                    .append(module.revision())
                    .append(", ")
                    .append(module.lessons().size())
                    .append(" lessons")
                    .append(module.hasPostTest() ? ", post-test" : "")
                    .append("\r\n");
        }
        return text.toString();
    }
}
