package org.attune.audit;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.attune.content.CourseDefinition.EvaluationQuestion;

/**
 * The summary of a course's evaluations, counted one evaluation at a time as the pack streams them: per rating
 * question, how many answered and how many gave each of 1 to 5 (and so the average); per text question, how many
 * wrote something. Answers to questions the course no longer asks are left out of the summary (the answers file
 * keeps them).
 */
final class EvaluationTally {

    private final List<EvaluationQuestion> questions;
    private final long[][] ratings;
    private final long[] texts;
    private long evaluations;
    private long unreadable;

    EvaluationTally(List<EvaluationQuestion> questions) {
        this.questions = List.copyOf(questions);
        this.ratings = new long[questions.size()][5];
        this.texts = new long[questions.size()];
    }

    /** Counts one evaluation's answers (JSON, question id to answer). */
    void add(String answersJson) {
        evaluations++;
        try (var reader = Json.createReader(new StringReader(answersJson))) {
            var answers = reader.readObject();
            for (int i = 0; i < questions.size(); i++) {
                var answer = answers.get(questions.get(i).id());
                if (!(answer instanceof JsonString text) || text.getString().isBlank()) {
                    continue;
                }
                if (questions.get(i).kind() == EvaluationQuestion.Kind.RATING) {
                    rate(i, text.getString());
                } else {
                    texts[i]++;
                }
            }
        } catch (JsonException | ClassCastException e) {
            unreadable++;
        }
    }

    private void rate(int question, String answer) {
        try {
            int rating = Integer.parseInt(answer.strip());
            if (rating >= 1 && rating <= 5) {
                ratings[question][rating - 1]++;
            }
        } catch (NumberFormatException e) {
            unreadable++;
        }
    }

    /** The summary as CSV rows: question, kind, prompt, answered, average, and the count of each rating. */
    List<String> rows() {
        var rows = new ArrayList<String>();
        rows.add(Csv.row(
                "question",
                "kind",
                "prompt",
                "answered",
                "average",
                "rated_1",
                "rated_2",
                "rated_3",
                "rated_4",
                "rated_5"));
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            if (q.kind() == EvaluationQuestion.Kind.RATING) {
                long answered = 0;
                long sum = 0;
                for (int r = 0; r < 5; r++) {
                    answered += ratings[i][r];
                    sum += ratings[i][r] * (r + 1);
                }
                var average =
                        answered == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f", (double) sum / answered);
                rows.add(Csv.row(
                        q.id(),
                        "rating",
                        q.prompt(),
                        answered,
                        average,
                        ratings[i][0],
                        ratings[i][1],
                        ratings[i][2],
                        ratings[i][3],
                        ratings[i][4]));
            } else {
                rows.add(Csv.row(q.id(), "text", q.prompt(), texts[i], "", "", "", "", "", ""));
            }
        }
        rows.add(Csv.row(
                "(all)", "evaluations", "Evaluations submitted in the range", evaluations, "", "", "", "", "", ""));
        if (unreadable > 0) {
            rows.add(Csv.row(
                    "(unreadable)", "", "Answers that could not be read as given", unreadable, "", "", "", "", "", ""));
        }
        return rows;
    }
}
