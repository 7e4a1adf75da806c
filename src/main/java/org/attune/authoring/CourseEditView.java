package org.attune.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.attune.content.CourseDefinition;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A course's details in the Author area ({@code /author/course/{slug}}): what the catalog says about it, the scope
 * note learners see, what its certificates print, and how they are issued. Changes apply at once (a course has no
 * drafts; its modules do); a save over someone else's newer one is refused.
 */
@Named
@ViewScoped
public class CourseEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    @Inject
    Authors authors;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    private long version;
    private String title;
    private String summary;
    private String scopeNote;
    private String provider;
    private String approvalStatement;
    private boolean autoIssue;
    private boolean requireReadingTime;
    private List<CourseDefinition.EvaluationQuestion> evaluation;

    public void load() throws IOException {
        if (slug == null || !authors.mayAuthorCourse(slug)) {
            Faces.responseSendError(403, "Only the course's instructors and admins edit it.");
            return;
        }
        var course = authoring.course(slug);
        if (course.isEmpty()) {
            Faces.responseSendError(404, "There is no course at this address.");
            return;
        }
        take(course.get());
    }

    private void take(AuthoringService.EditableCourse editable) {
        var c = editable.course();
        version = editable.version();
        title = c.title();
        summary = c.summary();
        scopeNote = c.scopeNote();
        provider = c.provider();
        approvalStatement = c.approvalStatement();
        autoIssue = c.autoIssue();
        requireReadingTime = c.requireReadingTime();
        evaluation = c.evaluation();
    }

    public void save() {
        try {
            authoring.saveCourse(
                    new CourseDefinition(
                            slug,
                            strip(title),
                            strip(summary),
                            strip(scopeNote),
                            strip(provider),
                            strip(approvalStatement),
                            autoIssue,
                            requireReadingTime,
                            evaluation),
                    version);
            authoring.course(slug).ifPresent(this::take);
            Messages.addGlobalInfo("Course saved. Certificates issued from now on print these details.");
        } catch (AuthoringRefusal refused) {
            Refusals.show(refused, "course");
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getScopeNote() {
        return scopeNote;
    }

    public void setScopeNote(String scopeNote) {
        this.scopeNote = scopeNote;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getApprovalStatement() {
        return approvalStatement;
    }

    public void setApprovalStatement(String approvalStatement) {
        this.approvalStatement = approvalStatement;
    }

    public boolean isAutoIssue() {
        return autoIssue;
    }

    public void setAutoIssue(boolean autoIssue) {
        this.autoIssue = autoIssue;
    }

    public boolean isRequireReadingTime() {
        return requireReadingTime;
    }

    public void setRequireReadingTime(boolean requireReadingTime) {
        this.requireReadingTime = requireReadingTime;
    }

    public List<CourseDefinition.EvaluationQuestion> getEvaluation() {
        return evaluation;
    }
}
