package org.attune.content;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One question as its quiz defines it, with its answer key. Which fields are used depends on the type: choices
 * (single, multiple), answer (true/false), steps in their correct order (ordering), pairs of term and match
 * (matching). Never sent to a browser before the attempt that shows it is submitted.
 */
public record QuestionDefinition(
        String key,
        QuestionType type,
        String lesson,
        String prompt,
        String rationale,
        List<Choice> choices,
        boolean partialCredit,
        Boolean answer,
        List<String> steps,
        List<Pair> pairs)
        implements Serializable {

    /** A choice and whether it is correct. */
    public record Choice(String text, boolean correct) implements Serializable {}

    /** A term and the description it matches. */
    public record Pair(String term, String match) implements Serializable {}

    public QuestionDefinition {
        Objects.requireNonNull(key, "Question id is required.");
        Objects.requireNonNull(type, "Question type is required.");
        Objects.requireNonNull(prompt, "Question prompt is required.");
        choices = choices == null ? List.of() : List.copyOf(choices);
        steps = steps == null ? List.of() : List.copyOf(steps);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }
}
