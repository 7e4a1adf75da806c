package org.attune.authoring;

import java.io.Serializable;
import java.util.List;
import org.attune.content.CourseDefinition;

/**
 * A course's details as their form edits them: made from the course's definition and turned back into one, texts
 * stripped. The evaluation is shown, not edited, and goes back as it came.
 */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private String scopeNote;
    private String provider;
    private String approvalStatement;
    private boolean autoIssue;
    private boolean requireReadingTime;
    private List<CourseDefinition.EvaluationQuestion> evaluation;

    public static CourseForm of(CourseDefinition course) {
        var form = new CourseForm();
        form.title = course.title();
        form.summary = course.summary();
        form.scopeNote = course.scopeNote();
        form.provider = course.provider();
        form.approvalStatement = course.approvalStatement();
        form.autoIssue = course.autoIssue();
        form.requireReadingTime = course.requireReadingTime();
        form.evaluation = course.evaluation();
        return form;
    }

    public CourseDefinition toDefinition(String slug) {
        return new CourseDefinition(
                slug,
                strip(title),
                strip(summary),
                strip(scopeNote),
                strip(provider),
                strip(approvalStatement),
                autoIssue,
                requireReadingTime,
                evaluation);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
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
