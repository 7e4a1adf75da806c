package org.attune.quiz;

import java.io.Serializable;

/**
 * Something a learner can pick, order or match in one attempt: an id that means nothing outside the attempt, the
 * text, and (kept on the server) its position in the question's definition.
 */
public record Option(String id, int index, String text) implements Serializable {}
