package org.attune.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuizDefinition;

/**
 * Decides what one attempt shows: which questions are drawn from the pool, in what order, and the order of each
 * question's options, each option under an id made up for the attempt (so that neither ids nor positions say which
 * option is correct). Steps to order and matches to pick are always shuffled, whatever the quiz's setting, since
 * their written order is the answer.
 */
public final class Presentation {

    private static final String ID_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private Presentation() {}

    public static List<PresentedQuestion> present(QuizDefinition quiz, Random random) {
        var pool = new ArrayList<>(quiz.questions());
        var settings = quiz.settings();
        if (settings.shuffle() || settings.drawCount() != null) {
            Collections.shuffle(pool, random);
        }
        var drawn = settings.drawCount() == null ? pool : pool.subList(0, settings.drawCount());
        if (!settings.shuffle()) {
            drawn = new ArrayList<>(drawn);
            drawn.sort((a, b) -> Integer.compare(
                    quiz.questions().indexOf(a), quiz.questions().indexOf(b)));
        }
        return drawn.stream().map(q -> present(q, settings.shuffle(), random)).toList();
    }

    static PresentedQuestion present(QuestionDefinition question, boolean shuffle, Random random) {
        return switch (question.type()) {
            case SINGLE, MULTIPLE ->
                new PresentedQuestion(
                        question,
                        options(
                                question.choices().size(),
                                i -> question.choices().get(i).text(),
                                shuffle,
                                random),
                        null);
            case TRUEFALSE ->
                new PresentedQuestion(
                        question, List.of(new Option("true", 0, "True"), new Option("false", 1, "False")), null);
            case ORDERING ->
                new PresentedQuestion(
                        question, scrambled(question.steps().size(), question.steps()::get, random), null);
            case MATCHING ->
                new PresentedQuestion(
                        question,
                        scrambled(
                                question.pairs().size(),
                                i -> question.pairs().get(i).match(),
                                random),
                        options(
                                question.pairs().size(),
                                i -> question.pairs().get(i).term(),
                                shuffle,
                                random));
        };
    }

    private static List<Option> options(int count, IntFunction<String> text, boolean shuffle, Random random) {
        var options = new ArrayList<Option>();
        for (int i = 0; i < count; i++) {
            options.add(new Option(newId(random), i, text.apply(i)));
        }
        if (shuffle) {
            Collections.shuffle(options, random);
        }
        return options;
    }

    /** Shuffled, and never in the written order (which would give the answer away). */
    private static List<Option> scrambled(int count, IntFunction<String> text, Random random) {
        var options = options(count, text, true, random);
        var written = IntStream.range(0, count).boxed().toList();
        while (count > 1 && options.stream().map(Option::index).toList().equals(written)) {
            Collections.shuffle(options, random);
        }
        return options;
    }

    private static String newId(Random random) {
        var id = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            id.append(ID_LETTERS.charAt(random.nextInt(ID_LETTERS.length())));
        }
        return id.toString();
    }
}
