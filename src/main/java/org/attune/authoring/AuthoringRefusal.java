package org.attune.authoring;

import java.util.Map;
import org.attune.web.Refusal;

/**
 * A save or publication the Author area refuses, with what to tell the author: a message for the whole form (a
 * key of the messages bundle and its arguments, such as someone else's newer save of the same lesson), and each
 * field's problem, keyed by the field, to show beside it. Nothing has been changed when it is thrown.
 */
public class AuthoringRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldProblems;

    public AuthoringRefusal(String key, Object... args) {
        super(key, args);
        this.fieldProblems = Map.of();
    }

    private AuthoringRefusal(Map<String, String> fieldProblems, String key) {
        super(key);
        this.fieldProblems = Map.copyOf(fieldProblems);
    }

    /** The form's message {@code key}, and each field's problem beside it. */
    public static AuthoringRefusal withFields(String key, Map<String, String> fieldProblems) {
        return new AuthoringRefusal(fieldProblems, key);
    }

    /** Problems by field name ({@code title}, {@code choices}, ...); empty when the message says it all. */
    public Map<String, String> fieldProblems() {
        return fieldProblems;
    }
}
