package org.attune.quiz;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.content.QuestionDefinition;

/**
 * How each question of a post-test fares across learners' submitted attempts: how often it was answered, how often
 * fully right, and the wrong answer most chosen, which is where a badly written question (a misleading distractor,
 * an ambiguous stem) shows. Computed from the attempts as presented, so choices are named as learners saw them.
 */
public final class QuestionStatistics {

    /** Below this share right, over at least {@link #MIN_ANSWERS} answers, a question is worth a second look. */
    public static final int REVIEW_BELOW_PERCENT = 50;

    public static final int MIN_ANSWERS = 5;

    private QuestionStatistics() {}

    /** One graded question of one submitted attempt. */
    public record Graded(PresentedQuestion presented, Answer answer, BigDecimal points) {}

    /** The figures for one question. */
    public record Stats(String key, String prompt, int answered, int correct, String commonWrong, int commonWrongCount)
            implements Serializable {

        public int percentCorrect() {
            return answered == 0 ? 0 : correct * 100 / answered;
        }

        public boolean needsReview() {
            return answered >= MIN_ANSWERS && percentCorrect() < REVIEW_BELOW_PERCENT;
        }
    }

    /** The figures for every question of the pool (in pool order), then for any since removed from it. */
    public static List<Stats> of(List<QuestionDefinition> pool, Iterable<Graded> graded) {
        var tallies = new LinkedHashMap<String, Tally>();
        pool.forEach(q -> tallies.put(q.key(), new Tally(q.prompt())));
        for (var g : graded) {
            var key = g.presented().question().key();
            tallies.computeIfAbsent(key, k -> new Tally(g.presented().question().prompt()))
                    .add(g);
        }
        var stats = new ArrayList<Stats>();
        tallies.forEach((key, tally) -> stats.add(tally.stats(key)));
        return stats;
    }

    private static final class Tally {
        private final String prompt;
        private int answered;
        private int correct;
        private final Map<String, Integer> wrong = new HashMap<>();

        Tally(String prompt) {
            this.prompt = prompt;
        }

        void add(Graded g) {
            if (g.answer().selected().isEmpty() && g.answer().matches().isEmpty()) {
                return;
            }
            answered++;
            if (g.points() != null && g.points().compareTo(BigDecimal.ONE) >= 0) {
                correct++;
            }
            wrongChoices(g.presented(), g.answer()).forEach(text -> wrong.merge(text, 1, Integer::sum));
        }

        Stats stats(String key) {
            var common = wrong.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElse(null);
            return new Stats(
                    key,
                    prompt,
                    answered,
                    correct,
                    common == null ? null : common.getKey(),
                    common == null ? 0 : common.getValue());
        }
    }

    /** The wrong things this answer chose: choices (or true/false) that are not right, or term → match pairs. */
    static List<String> wrongChoices(PresentedQuestion presented, Answer answer) {
        var question = presented.question();
        var byId = new HashMap<String, Option>();
        presented.options().forEach(o -> byId.put(o.id(), o));
        var wrong = new ArrayList<String>();
        switch (question.type()) {
            case SINGLE, MULTIPLE ->
                answer.selected().stream()
                        .map(byId::get)
                        .filter(o ->
                                o != null && !question.choices().get(o.index()).correct())
                        .forEach(o -> wrong.add(o.text()));
            case TRUEFALSE ->
                answer.selected().stream()
                        .map(byId::get)
                        .filter(o -> o != null && (o.index() == 0) != Boolean.TRUE.equals(question.answer()))
                        .forEach(o -> wrong.add(o.text()));
            case MATCHING -> {
                var terms = new HashMap<String, Option>();
                if (presented.terms() != null) {
                    presented.terms().forEach(t -> terms.put(t.id(), t));
                }
                answer.matches().forEach((termId, optionId) -> {
                    var term = terms.get(termId);
                    var match = byId.get(optionId);
                    if (term != null && match != null && term.index() != match.index()) {
                        wrong.add(term.text() + " → " + match.text());
                    }
                });
            }
            case ORDERING -> {
                // A wrong order has no single wrong choice to name; the share right says what there is to say.
            }
        }
        return wrong;
    }
}
