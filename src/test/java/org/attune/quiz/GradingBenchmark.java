package org.attune.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

/**
 * How long grading a 50-question attempt takes: the pure grading function over a mix of every question type,
 * warmed up, then timed over many rounds. Not a test (timings do not belong in the suite); run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.attune.quiz.GradingBenchmark -Dexec.classpathScope=test}.
 */
public final class GradingBenchmark {

    public static void main(String[] args) {
        var random = new Random(1);
        var questions = new ArrayList<PresentedQuestion>();
        var answers = new ArrayList<Answer>();
        for (int i = 0; i < 50; i++) {
            var question = switch (i % 5) {
                case 0 -> Questions.single("q" + i);
                case 1 -> Questions.multiple(i % 2 == 0);
                case 2 -> Questions.trueFalse(true);
                case 3 -> Questions.ordering();
                default -> Questions.matching();
            };
            var shown = Presentation.present(question, true, random);
            questions.add(shown);
            answers.add(answerFor(shown));
        }
        int rounds = 200_000;
        for (int i = 0; i < rounds; i++) {
            Grading.score(questions, answers, 80);
        }
        long start = System.nanoTime();
        Grading.Score score = null;
        for (int i = 0; i < rounds; i++) {
            score = Grading.score(questions, answers, 80);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / rounds;
        System.out.printf(
                "Grading a 50-question attempt: %.1f µs (mean of %d, score %d%%)%n", micros, rounds, score.percent());
    }

    private static Answer answerFor(PresentedQuestion shown) {
        var ids = shown.options().stream().map(Option::id).toList();
        return switch (shown.question().type()) {
            case SINGLE -> Answer.of(List.of(ids.get(0)));
            case MULTIPLE -> Answer.of(ids.subList(0, 2));
            case TRUEFALSE -> Answer.of(List.of("true"));
            case ORDERING -> Answer.of(ids);
            case MATCHING -> {
                var matches = new HashMap<String, String>();
                for (int i = 0; i < shown.terms().size(); i++) {
                    matches.put(shown.terms().get(i).id(), ids.get(i));
                }
                yield Answer.matching(matches);
            }
        };
    }
}
