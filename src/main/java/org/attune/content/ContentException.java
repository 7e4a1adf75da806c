package org.attune.content;

import java.nio.file.Path;

/** A module folder that cannot be read: names the file and says what is wrong with it, in an author's words. */
public class ContentException extends Exception {

    private final Path file;
    private final String problem;

    public ContentException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
