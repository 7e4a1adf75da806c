package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.attune.web.Texts;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A course's details in the Author area ({@code /author/course/{slug}}): what the catalog says about it, the scope
 * note learners see, what its certificates print, and how they are issued, edited in a {@link CourseForm}. Changes
 * apply at once (a course has no drafts; its modules do); a save over someone else's newer one is refused.
 */
@Named
@ViewScoped
public class CourseEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring courses;

    @Inject
    Authors authors;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    private long version;
    private String title;
    private CourseForm form;

    public void load() throws IOException {
        if (slug == null || !authors.mayAuthorCourse(slug)) {
            Faces.responseSendError(403, "Only the course's instructors and admins edit it.");
            return;
        }
        var course = courses.course(slug);
        if (course.isEmpty()) {
            Faces.responseSendError(404, "There is no course at this address.");
            return;
        }
        take(course.get());
    }

    private void take(CourseAuthoring.EditableCourse editable) {
        version = editable.version();
        title = editable.course().title();
        form = CourseForm.of(editable.course());
    }

    public void save() {
        try {
            courses.saveCourse(form.toDefinition(slug), version);
            courses.course(slug).ifPresent(this::take);
            Messages.addGlobalInfo(Texts.text("author.course.saved"));
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, "course");
        }
    }

    public String getSlug() {
        return slug;
    }

    /** The course's title as saved, for the page's title and breadcrumb. */
    public String getTitle() {
        return title;
    }

    public CourseForm getForm() {
        return form;
    }
}
