package org.attune.quiz;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a learner answered to one question, in the option ids of the attempt's presentation: the chosen option for
 * single choice and true/false ("true" or "false"), the chosen options for multiple select, the options in the
 * learner's order for ordering, and term id to match id for matching.
 */
public record Answer(List<String> selected, Map<String, String> matches) implements Serializable {

    public static final Answer NONE = new Answer(List.of(), Map.of());

    public Answer {
        selected = selected == null ? List.of() : List.copyOf(selected);
        matches = matches == null ? Map.of() : Map.copyOf(matches);
    }

    public static Answer of(List<String> selected) {
        return new Answer(selected, Map.of());
    }

    public static Answer matching(Map<String, String> matches) {
        return new Answer(List.of(), matches);
    }

    public boolean isEmpty() {
        return selected.isEmpty() && matches.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
