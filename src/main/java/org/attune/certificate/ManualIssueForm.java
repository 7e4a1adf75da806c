package org.attune.certificate;

import java.io.Serializable;

/** The admin certificates page's form for a certificate issued by hand: whose, for which course, and why. */
public class ManualIssueForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String course;
    private String reason;

    /** Empties what identifies the learner and the reason once issued; the course stays for the next one. */
    void clear() {
        email = null;
        reason = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
