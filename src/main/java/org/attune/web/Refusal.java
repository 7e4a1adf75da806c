package org.attune.web;

import java.util.Arrays;

/**
 * A rule the person broke, said as a message key and its arguments so that a page, a JSON error or a letter can
 * say it in the reader's language ({@link Texts#text(java.util.Locale, Refusal)}). {@link #getMessage()} is the
 * English text, for logs and for callers that have no reader.
 */
public class Refusal extends Exception {

    private final String key;
    private final Object[] args;

    public Refusal(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getMessage() {
        return Texts.text(Texts.ENGLISH, key, args);
    }

    /** Two refusals are the same when they say the same rule with the same arguments (a read model compares them). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Refusal that
                && that.getClass() == getClass()
                && that.key.equals(key)
                && Arrays.deepEquals(that.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.deepHashCode(args);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key + " " + Arrays.toString(args) + "]";
    }
}
