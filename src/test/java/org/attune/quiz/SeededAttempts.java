package org.attune.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuizDefinition;
import org.attune.content.QuizSettings;

/**
 * Post-test attempts for the benchmark's seeded learners, made the way the application makes them: questions drawn
 * and presented by {@link Presentation}, stored as {@link QuizJson}, graded by {@link Grading}. Answers are right four
 * times in five and a guess otherwise, so scores spread the way real ones do (most learners pass, some do not).
 */
public final class SeededAttempts {

    /** One presented question of an attempt, with the learner's answer and its points. */
    public record Question(String key, String presented, String answer, BigDecimal points) {}

    /** An attempt's questions and score. */
    public record Attempt(List<Question> questions, Grading.Score score) {}

    private SeededAttempts() {}

    /** A question as the quiz_question table stores it. */
    public static QuestionDefinition definition(String json) {
        return QuizJson.read(json, QuestionDefinition.class);
    }

    public static Attempt attempt(
            List<QuestionDefinition> pool, Integer drawCount, boolean shuffle, int passingScore, Random random) {
        // Drawn and presented by the application's own Presentation, as AttemptService does when an attempt starts.
        var settings = new QuizSettings(
                passingScore,
                null,
                0,
                null,
                shuffle,
                drawCount == null ? null : Math.min(drawCount, pool.size()),
                true,
                QuizSettings.DEFAULTS.feedback());
        var presented = Presentation.present(new QuizDefinition(settings, pool), random);
        var answers = new ArrayList<Answer>();
        var questions = new ArrayList<Question>();
        for (var question : presented) {
            // Most learners know most answers: four times in five the learner gives the right one, otherwise a guess.
            var answer = random.nextInt(5) == 0 ? guess(question, random) : right(question);
            var points = Grading.points(question, answer);
            answers.add(answer);
            questions.add(
                    new Question(question.question().key(), QuizJson.write(question), QuizJson.write(answer), points));
        }
        return new Attempt(questions, Grading.score(presented, answers, passingScore));
    }

    /** The right answer, from the answer key the presentation carries (options know their definition index). */
    private static Answer right(PresentedQuestion question) {
        var definition = question.question();
        return switch (definition.type()) {
            case SINGLE, MULTIPLE ->
                Answer.of(question.options().stream()
                        .filter(o -> definition.choices().get(o.index()).correct())
                        .map(Option::id)
                        .toList());
            case TRUEFALSE -> Answer.of(List.of(String.valueOf(definition.answer())));
            case ORDERING ->
                Answer.of(question.options().stream()
                        .sorted(Comparator.comparingInt(Option::index))
                        .map(Option::id)
                        .toList());
            case MATCHING -> {
                var matches = new HashMap<String, String>();
                for (var term : question.terms()) {
                    question.options().stream()
                            .filter(o -> o.index() == term.index())
                            .findFirst()
                            .ifPresent(o -> matches.put(term.id(), o.id()));
                }
                yield Answer.matching(matches);
            }
        };
    }

    private static Answer guess(PresentedQuestion question, Random random) {
        var ids = question.options().stream().map(Option::id).toList();
        return switch (question.question().type()) {
            case SINGLE, TRUEFALSE -> Answer.of(List.of(ids.get(random.nextInt(ids.size()))));
            case MULTIPLE -> {
                var picked = new ArrayList<String>();
                for (var id : ids) {
                    if (random.nextBoolean()) {
                        picked.add(id);
                    }
                }
                yield Answer.of(picked.isEmpty() ? List.of(ids.get(0)) : picked);
            }
            case ORDERING -> {
                var order = new ArrayList<>(ids);
                Collections.shuffle(order, random);
                yield Answer.of(order);
            }
            case MATCHING -> {
                var matches = new HashMap<String, String>();
                for (var term : question.terms()) {
                    matches.put(term.id(), ids.get(random.nextInt(ids.size())));
                }
                yield Answer.matching(matches);
            }
        };
    }
}
