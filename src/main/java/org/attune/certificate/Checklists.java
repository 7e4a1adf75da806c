package org.attune.certificate;

import java.util.ArrayList;
import java.util.Map;
import org.attune.content.CourseDefinition;
import org.attune.progress.CourseStanding;

/**
 * The certificate's rule, item by item: every module of the course complete (one item for a module complete, the
 * lessons and the post-test apart for one that is not), the lessons' reading time when the course requires it,
 * the course evaluation, and a confirmed email address (shown only while it is not). The certificate is due when every item is done.
 */
final class Checklists {

    private Checklists() {}

    /**
     * The checklist of a learner's standing in the course.
     *
     * @param titles the course's modules' titles, by slug
     */
    static Checklist of(CourseDefinition course, CourseStanding standing, Map<String, String> titles) {
        return of(course, standing, titles, true);
    }

    /** The same, with the item for the learner's email address when they have not confirmed it yet. */
    static Checklist of(
            CourseDefinition course, CourseStanding standing, Map<String, String> titles, boolean emailConfirmed) {
        var items = new ArrayList<Checklist.Item>();
        for (var module : standing.modules()) {
            var title = titles.getOrDefault(module.slug(), module.slug());
            var link = "/modules/" + module.slug();
            if (module.complete()) {
                // Completed once, completed for good: a later revision of the module takes nothing back.
                items.add(new Checklist.Item(
                        title, "completed (revision " + module.revisionCompleted() + ")", true, link));
                continue;
            }
            var lessons = module.lessons();
            items.add(new Checklist.Item(
                    title + ": lessons",
                    lessons.completed() + " of " + lessons.total() + " complete",
                    lessons.lessonsComplete(),
                    link));
            if (module.hasPostTest()) {
                items.add(new Checklist.Item(
                        title + ": post-test",
                        module.postTestPassed() ? "passed" : "not passed yet",
                        module.postTestPassed(),
                        "/quiz/" + module.slug()));
            }
        }
        if (standing.requiresReadingTime()) {
            int spent = standing.readingSeconds();
            int required = standing.requiredReadingSeconds();
            items.add(new Checklist.Item(
                    "Reading time",
                    (spent / 60) + " of " + (required / 60) + " minutes (time with a lesson open and you active)",
                    spent >= required,
                    "/dashboard"));
        }
        items.add(new Checklist.Item(
                "Course evaluation",
                standing.evaluated() ? "submitted" : "not submitted yet",
                standing.evaluated(),
                "/evaluation/" + course.slug()));
        if (!emailConfirmed) {
            items.add(new Checklist.Item(
                    "Your email address",
                    "not confirmed yet: follow the link we emailed you, or have a new one sent from My learning",
                    false,
                    "/dashboard"));
        }
        return new Checklist(course.slug(), course.title(), items, course.autoIssue());
    }
}
