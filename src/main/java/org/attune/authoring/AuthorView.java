package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The Author area's front page ({@code /author}): the courses the person authors with their modules, published
 * and in draft, and the forms that start a new course or a new module.
 */
@Named
@ViewScoped
public class AuthorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring courseAuthoring;

    @Inject
    DraftAuthoring drafts;

    @Inject
    Authors authors;

    private List<CourseAuthoring.AuthoredCourse> courses;
    private String newCourseTitle;
    private String newCourseSummary;
    private String newModuleTitle;

    public void load() throws IOException {
        if (!authors.isAuthor()) {
            Faces.responseSendError(403, "The Author area is for instructors and admins.");
            return;
        }
        courses = courseAuthoring.courses();
    }

    public void createCourse() throws IOException {
        try {
            var slug = courseAuthoring.createCourse(newCourseTitle, newCourseSummary);
            Faces.redirect("author/course/" + slug);
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, "newCourse");
        }
    }

    public void createModule(String courseSlug) throws IOException {
        try {
            var slug = drafts.newModule(courseSlug, newModuleTitle);
            Faces.redirect("author/module/" + slug);
        } catch (AuthoringRefusal refused) {
            Messages.addGlobalError(Texts.text(Texts.current(), refused));
        }
    }

    public List<CourseAuthoring.AuthoredCourse> getCourses() {
        return courses;
    }

    public String getNewCourseTitle() {
        return newCourseTitle;
    }

    public void setNewCourseTitle(String newCourseTitle) {
        this.newCourseTitle = newCourseTitle;
    }

    public String getNewCourseSummary() {
        return newCourseSummary;
    }

    public void setNewCourseSummary(String newCourseSummary) {
        this.newCourseSummary = newCourseSummary;
    }

    public String getNewModuleTitle() {
        return newModuleTitle;
    }

    public void setNewModuleTitle(String newModuleTitle) {
        this.newModuleTitle = newModuleTitle;
    }
}
