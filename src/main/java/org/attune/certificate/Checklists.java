package org.attune.certificate;

import java.util.ArrayList;
import java.util.Map;
import org.attune.content.CourseDefinition;
import org.attune.progress.CourseStanding;
import org.attune.web.Texts;

/**
 * The certificate's rule, item by item: every module of the course complete (one item for a module complete, the
 * lessons and the post-test apart for one that is not), the lessons' reading time when the course requires it,
 * the course evaluation, and a confirmed email address (shown only while it is not). The certificate is due when every item is done.
 * Items are worded in the language of the page that asks (English outside a page).
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
                        title,
                        Texts.text("certificate.checklist.moduleCompleted", module.revisionCompleted()),
                        true,
                        link));
                continue;
            }
            var lessons = module.lessons();
            items.add(new Checklist.Item(
                    Texts.text("certificate.checklist.lessons", title),
                    Texts.text("certificate.checklist.lessonsDone", lessons.completed(), lessons.total()),
                    lessons.lessonsComplete(),
                    link));
            if (module.hasPostTest()) {
                items.add(new Checklist.Item(
                        Texts.text("certificate.checklist.postTest", title),
                        Texts.text(
                                module.postTestPassed()
                                        ? "certificate.checklist.passed"
                                        : "certificate.checklist.notPassed"),
                        module.postTestPassed(),
                        "/quiz/" + module.slug()));
            }
        }
        if (standing.requiresReadingTime()) {
            int spent = standing.readingSeconds();
            int required = standing.requiredReadingSeconds();
            items.add(new Checklist.Item(
                    Texts.text("certificate.checklist.readingTime"),
                    Texts.text("certificate.checklist.readingMinutes", spent / 60, required / 60),
                    spent >= required,
                    "/dashboard"));
        }
        items.add(new Checklist.Item(
                Texts.text("certificate.checklist.evaluation"),
                Texts.text(
                        standing.evaluated()
                                ? "certificate.checklist.submitted"
                                : "certificate.checklist.notSubmitted"),
                standing.evaluated(),
                "/evaluation/" + course.slug()));
        if (!emailConfirmed) {
            items.add(new Checklist.Item(
                    Texts.text("certificate.checklist.email"),
                    Texts.text("certificate.checklist.emailNotConfirmed"),
                    false,
                    "/dashboard"));
        }
        return new Checklist(course.slug(), course.title(), items, course.autoIssue());
    }
}
