package org.attune.quiz;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.attune.content.QuestionDefinition;

/**
 * A question as one attempt presents it: the definition (with its answer key, kept on the server), its options in
 * the order shown, and for matching the terms in the order shown. Stored with the attempt, so that editing the
 * quiz later changes neither what the attempt showed nor how it is graded.
 */
public record PresentedQuestion(QuestionDefinition question, List<Option> options, List<Option> terms)
        implements Serializable {

    public PresentedQuestion {
        options = List.copyOf(options);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    Optional<Option> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
