package org.attune.certificate;

import java.io.Serializable;
import java.time.LocalDate;

/** The admin certificates page's search form: what it holds is a {@link CertificateSearch.Criteria} being typed. */
public class CertificateFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String courseSlug;
    private CertificateStatus status;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private boolean oldestFirst;

    public CertificateSearch.Criteria criteria() {
        return new CertificateSearch.Criteria(courseSlug, status, from, to, text, oldestFirst);
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public void setCourseSlug(String courseSlug) {
        this.courseSlug = courseSlug;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public void setStatus(CertificateStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public void setOldestFirst(boolean oldestFirst) {
        this.oldestFirst = oldestFirst;
    }
}
