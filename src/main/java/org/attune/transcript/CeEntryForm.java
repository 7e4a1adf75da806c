package org.attune.transcript;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One entry as the transcript page edits it, made from a {@link CeEntry} (or empty) and turned into its details. */
public class CeEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String title;
    private String provider;
    private String approvedBy;
    private LocalDate completedOn;
    private BigDecimal hours;
    private String category = "general";
    private boolean homeStudy;

    public static CeEntryForm of(CeEntry entry) {
        var form = new CeEntryForm();
        var details = entry.details();
        form.id = entry.getId();
        form.title = details.title();
        form.provider = details.provider();
        form.approvedBy = details.approvedBy();
        form.completedOn = details.completedOn();
        form.hours = details.hours();
        form.category = details.category();
        form.homeStudy = details.homeStudy();
        return form;
    }

    public CeEntryDetails toDetails() {
        return new CeEntryDetails(title, provider, approvedBy, completedOn, hours, category, homeStudy);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isHomeStudy() {
        return homeStudy;
    }

    public void setHomeStudy(boolean homeStudy) {
        this.homeStudy = homeStudy;
    }
}
