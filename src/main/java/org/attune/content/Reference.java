package org.attune.content;

import java.util.Objects;

/** A source a module draws on; author and year are absent when the source names none. */
public record Reference(String title, String author, Integer year) {

    public Reference {
        Objects.requireNonNull(title, "Reference title is required.");
    }
}
