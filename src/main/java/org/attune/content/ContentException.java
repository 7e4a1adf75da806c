package org.attune.content;

import java.nio.file.Path;

/**
 * A module folder that cannot be read: names the file and says what is wrong with it, in an author's words. The
 * message is never longer than {@link #MAX_MESSAGE} characters, whatever text of the file it quotes: a refusal
 * must not echo a hostile upload back at length (into the log, the JSON answer or the page).
 */
public class ContentException extends Exception {

    static final int MAX_MESSAGE = 300;

    private final Path file;
    private final String problem;

    public ContentException(Path file, String problem) {
        super(shortened(file + ": " + problem));
        this.file = file;
        this.problem = shortened(problem);
    }

    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** The text, cut to the limit with an ellipsis when longer. */
    static String shortened(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
