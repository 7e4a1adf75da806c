package org.attune.authoring;

import java.util.Map;

/**
 * A save or publication the Author area refuses, with what to tell the author: a field's problem (keyed by the
 * field, to show beside it), or a message for the whole form, such as someone else's newer save of the same lesson.
 * Nothing has been changed when it is thrown.
 */
public class AuthoringRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldProblems;

    public AuthoringRefusal(String message) {
        this(message, Map.of());
    }

    public AuthoringRefusal(String message, Map<String, String> fieldProblems) {
        super(message);
        this.fieldProblems = Map.copyOf(fieldProblems);
    }

    /** Problems by field name ({@code title}, {@code choices}, ...); empty when the message says it all. */
    public Map<String, String> fieldProblems() {
        return fieldProblems;
    }
}
