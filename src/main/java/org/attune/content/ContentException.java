package org.attune.content;

import java.nio.file.Path;

/** A module folder that cannot be read: names the file and says what is wrong with it, in an author's words. */
public class ContentException extends Exception {

    private final Path file;

    public ContentException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
