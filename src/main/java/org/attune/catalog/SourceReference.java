package org.attune.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A source a module cites: a title, and the author and year where the source names them. */
@Embeddable
public class SourceReference implements Serializable {

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 200)
    private String author;

    @Column(name = "pub_year")
    private Integer year;

    protected SourceReference() {}

    SourceReference(String title, String author, Integer year) {
        this.title = title;
        this.author = author;
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public Integer getYear() {
        return year;
    }
}
