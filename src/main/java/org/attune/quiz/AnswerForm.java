package org.attune.quiz;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.quiz.AttemptView.ShownOption;
import org.attune.quiz.AttemptView.ShownQuestion;

/** The inputs of one question on the quiz page, filled from the saved answer and turned back into an answer. */
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ShownQuestion question;
    private String selected;
    private List<String> selectedMany = new ArrayList<>();
    private List<String> order = new ArrayList<>();
    private final Map<String, String> matches = new HashMap<>();
    private boolean reordered;

    AnswerForm(ShownQuestion question) {
        this.question = question;
        var saved = question.saved();
        switch (question.type()) {
            case SINGLE, TRUEFALSE ->
                selected = saved.selected().isEmpty() ? null : saved.selected().get(0);
            case MULTIPLE -> selectedMany = new ArrayList<>(saved.selected());
            case ORDERING -> {
                reordered = !saved.selected().isEmpty();
                order = new ArrayList<>(
                        reordered
                                ? saved.selected()
                                : question.options().stream()
                                        .map(ShownOption::id)
                                        .toList());
            }
            case MATCHING -> matches.putAll(saved.matches());
        }
    }

    Answer toAnswer() {
        return switch (question.type()) {
            case SINGLE, TRUEFALSE -> Answer.of(selected == null ? List.of() : List.of(selected));
            case MULTIPLE -> Answer.of(selectedMany);
            case ORDERING -> Answer.of(order);
            case MATCHING -> Answer.matching(matches);
        };
    }

    public boolean isAnswered() {
        return switch (question.type()) {
            case SINGLE, TRUEFALSE -> selected != null;
            case MULTIPLE -> !selectedMany.isEmpty();
            case ORDERING -> reordered;
            case MATCHING -> matches.values().stream().anyMatch(v -> v != null && !v.isBlank());
        };
    }

    /**
     * Moves the step at the index one place up ({@code by} -1) or down (+1), as the Move buttons of an ordering
     * question do; a move past either end changes nothing. Any move counts as answering the question.
     */
    void move(int index, int by) {
        int target = index + by;
        if (Math.abs(by) != 1 || index < 0 || target < 0 || target >= order.size()) {
            return;
        }
        Collections.swap(order, index, target);
        reordered = true;
    }

    public String label(String optionId) {
        return question.options().stream()
                .filter(o -> o.id().equals(optionId))
                .map(ShownOption::text)
                .findFirst()
                .orElse("");
    }

    public ShownQuestion getQuestion() {
        return question;
    }

    public int getSeq() {
        return question.seq();
    }

    public String getType() {
        return question.type().name().toLowerCase();
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public List<String> getSelectedMany() {
        return selectedMany;
    }

    public void setSelectedMany(List<String> selectedMany) {
        this.selectedMany = selectedMany == null ? new ArrayList<>() : new ArrayList<>(selectedMany);
    }

    public List<String> getOrder() {
        return order;
    }

    public void setOrder(List<String> order) {
        this.order = order == null ? new ArrayList<>() : new ArrayList<>(order);
    }

    public Map<String, String> getMatches() {
        return matches;
    }
}
