package org.attune.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Grades answers against the questions an attempt presented. Pure: the same questions and answers always give the
 * same score. Each question is worth one point: single choice, true/false and ordering earn it whole or not at all;
 * multiple select earns it whole, or (with partial credit) a share for each correct choice less one for each wrong
 * one, never below zero; matching earns a share for each correct match. An unanswered question earns nothing.
 */
public final class Grading {

    private Grading() {}

    /** The attempt's score: points earned of points possible, and whether that reaches the passing score. */
    public record Score(BigDecimal earned, int possible, int passingScore) {

        public Score {
            Objects.requireNonNull(earned);
        }

        /** Percent, rounded down to a whole number, so that 79.9% is never shown as a pass mark of 80%. */
        public int percent() {
            return possible == 0
                    ? 0
                    : earned.multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(possible), 0, RoundingMode.FLOOR)
                            .intValue();
        }

        public boolean passed() {
            return possible > 0
                    && earned.multiply(BigDecimal.valueOf(100))
                                    .compareTo(BigDecimal.valueOf((long) passingScore * possible))
                            >= 0;
        }
    }

    public static Score score(List<PresentedQuestion> questions, List<Answer> answers, int passingScore) {
        if (questions.size() != answers.size()) {
            throw new IllegalArgumentException("one answer (possibly empty) is needed for each question");
        }
        var earned = IntStream.range(0, questions.size())
                .mapToObj(i -> points(questions.get(i), answers.get(i)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Score(earned, questions.size(), passingScore);
    }

    /** Points from 0 to 1 for one answer, to four decimal places. */
    public static BigDecimal points(PresentedQuestion presented, Answer answer) {
        if (answer == null || answer.isEmpty()) {
            return BigDecimal.ZERO;
        }
        var question = presented.question();
        return switch (question.type()) {
            case SINGLE ->
                whole(answer.selected().size() == 1
                        && indexes(presented, answer.selected()).stream()
                                .allMatch(
                                        i -> i >= 0 && question.choices().get(i).correct()));
            case MULTIPLE -> multiple(presented, answer);
            case TRUEFALSE ->
                whole(answer.selected().size() == 1
                        && answer.selected().get(0).equals(String.valueOf(question.answer())));
            case ORDERING ->
                whole(answer.selected().size() == question.steps().size()
                        && indexes(presented, answer.selected())
                                .equals(IntStream.range(0, question.steps().size())
                                        .boxed()
                                        .toList()));
            case MATCHING -> matching(presented, answer);
        };
    }

    private static BigDecimal multiple(PresentedQuestion presented, Answer answer) {
        var question = presented.question();
        var chosen = new HashSet<>(indexes(presented, answer.selected()));
        var correct = new HashSet<Integer>();
        for (int i = 0; i < question.choices().size(); i++) {
            if (question.choices().get(i).correct()) {
                correct.add(i);
            }
        }
        if (!question.partialCredit()) {
            return whole(chosen.equals(correct));
        }
        long hits = chosen.stream().filter(correct::contains).count();
        long misses = chosen.size() - hits;
        return share(Math.max(0, hits - misses), correct.size());
    }

    private static BigDecimal matching(PresentedQuestion presented, Answer answer) {
        long right = presented.terms().stream()
                .filter(term -> presented
                        .option(answer.matches().getOrDefault(term.id(), ""))
                        .filter(match -> match.index() == term.index())
                        .isPresent())
                .count();
        return share(right, presented.terms().size());
    }

    /** The definition positions of the chosen options; an id the attempt never showed counts as position -1. */
    private static List<Integer> indexes(PresentedQuestion presented, List<String> ids) {
        return ids.stream()
                .map(id -> presented.option(id).map(Option::index).orElse(-1))
                .toList();
    }

    private static BigDecimal whole(boolean right) {
        return right ? BigDecimal.ONE.setScale(4) : BigDecimal.ZERO.setScale(4);
    }

    private static BigDecimal share(long right, int of) {
        return BigDecimal.valueOf(right).divide(BigDecimal.valueOf(of), 4, RoundingMode.FLOOR);
    }
}
