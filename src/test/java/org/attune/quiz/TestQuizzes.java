package org.attune.quiz;

import java.util.HashMap;
import java.util.List;
import org.attune.quiz.AttemptView.ShownOption;
import org.attune.quiz.AttemptView.ShownQuestion;

/** Answers to the quiz of {@code TestModules.quizYaml()}, for tests that need a learner to pass it. */
public final class TestQuizzes {

    private TestQuizzes() {}

    public static void answerAllCorrectly(AttemptService quizzes, long learner, AttemptView attempt)
            throws QuizRefusal {
        for (var question : attempt.questions()) {
            quizzes.saveAnswer(learner, attempt.attemptId(), question.seq(), correct(question));
        }
    }

    /** The right answer to each question of {@link TestModules#quizYaml()}, found by the options' texts. */
    public static Answer correct(ShownQuestion question) {
        return switch (question.type()) {
            case SINGLE -> Answer.of(List.of(id(question.options(), "Join the state")));
            case MULTIPLE ->
                Answer.of(List.of(id(question.options(), "Posture"), id(question.options(), "Pace of speech")));
            case TRUEFALSE -> Answer.of(List.of("false"));
            case ORDERING ->
                Answer.of(List.of(
                        id(question.options(), "Notice"),
                        id(question.options(), "Join"),
                        id(question.options(), "Return")));
            case MATCHING -> {
                var matches = new HashMap<String, String>();
                matches.put(id(question.terms(), "Rupture"), id(question.options(), "A break in attunement"));
                matches.put(id(question.terms(), "Repair"), id(question.options(), "Restoring the connection"));
                yield Answer.matching(matches);
            }
        };
    }

    /** The right answer to each question, found by the Spanish texts of {@code TestModules.quizEsYaml()}. */
    public static Answer correctInSpanish(ShownQuestion question) {
        return switch (question.type()) {
            case SINGLE -> Answer.of(List.of(id(question.options(), "Acompañar el estado")));
            case MULTIPLE ->
                Answer.of(List.of(id(question.options(), "La postura"), id(question.options(), "El ritmo del habla")));
            case TRUEFALSE -> Answer.of(List.of(id(question.options(), "Falso")));
            case ORDERING ->
                Answer.of(List.of(
                        id(question.options(), "Notar"),
                        id(question.options(), "Acompañar"),
                        id(question.options(), "Volver")));
            case MATCHING -> {
                var matches = new HashMap<String, String>();
                matches.put(id(question.terms(), "Ruptura"), id(question.options(), "Una interrupción de la sintonía"));
                matches.put(id(question.terms(), "Reparación"), id(question.options(), "Restablecer la conexión"));
                yield Answer.matching(matches);
            }
        };
    }

    private static String id(List<ShownOption> options, String text) {
        return options.stream()
                .filter(o -> o.text().equals(text))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
