package org.attune.content;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A module's text in another language: lessons by slug (title and Markdown) and post-test questions by id (prompt,
 * rationale, and the text of each choice, step or pair in the original's order). It carries no answer key and no
 * settings: what is correct, how it scores and how long a lesson takes stay those of the original, so a learner's
 * progress, attempts and certificates are the same whichever language they read. A lesson or question left out is
 * read in the original.
 */
public record ModuleTranslation(String language, Map<String, Lesson> lessons, Map<String, Question> questions)
        implements Serializable {

    /** A lesson's title and text in the translation's language. */
    public record Lesson(String title, String markdown) implements Serializable {}

    /** A question's text; choices, steps and pairs by their position in the original question. */
    public record Question(
            String prompt,
            String rationale,
            List<String> choices,
            List<String> steps,
            List<QuestionDefinition.Pair> pairs)
            implements Serializable {

        public Question {
            choices = choices == null ? List.of() : List.copyOf(choices);
            steps = steps == null ? List.of() : List.copyOf(steps);
            pairs = pairs == null ? List.of() : List.copyOf(pairs);
        }
    }

    public ModuleTranslation {
        // Sorted maps: the module's fingerprint is its definition's text, which must not depend on hash order.
        lessons = Collections.unmodifiableMap(new TreeMap<>(lessons));
        questions = Collections.unmodifiableMap(new TreeMap<>(questions));
    }

    public Optional<Lesson> lesson(String slug) {
        return Optional.ofNullable(lessons.get(slug));
    }

    public Optional<Question> question(String key) {
        return Optional.ofNullable(questions.get(key));
    }
}
