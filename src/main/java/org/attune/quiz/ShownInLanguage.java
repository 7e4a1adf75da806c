package org.attune.quiz;

import java.util.List;
import java.util.stream.IntStream;
import org.attune.content.ModuleTranslation;
import org.attune.content.QuestionDefinition;

/**
 * A presented question with the text of a translation: prompt, rationale and each option's text in the
 * translation's language, matched to the original by the option's position in the question's definition. Ids,
 * order and answer key stay the attempt's, so an answer given on a translated page is saved and graded exactly as
 * one given on the original's.
 */
final class ShownInLanguage {

    private ShownInLanguage() {}

    static PresentedQuestion of(
            PresentedQuestion shown, ModuleTranslation.Question text, String trueText, String falseText) {
        var q = shown.question();
        var choices = q.choices();
        if (text.choices().size() == choices.size()) {
            choices = IntStream.range(0, choices.size())
                    .mapToObj(i -> new QuestionDefinition.Choice(
                            text.choices().get(i), q.choices().get(i).correct()))
                    .toList();
        }
        var steps = text.steps().size() == q.steps().size() ? text.steps() : q.steps();
        var pairs = text.pairs().size() == q.pairs().size() ? text.pairs() : q.pairs();
        var translated = new QuestionDefinition(
                q.key(),
                q.type(),
                q.lesson(),
                text.prompt(),
                text.rationale(),
                choices,
                q.partialCredit(),
                q.answer(),
                steps,
                pairs);
        List<Option> options = shown.options().stream()
                .map(o -> new Option(o.id(), o.index(), optionText(translated, o, trueText, falseText)))
                .toList();
        List<Option> terms = shown.terms().stream()
                .map(o -> new Option(o.id(), o.index(), pairs.get(o.index()).term()))
                .toList();
        return new PresentedQuestion(translated, options, terms);
    }

    private static String optionText(QuestionDefinition q, Option option, String trueText, String falseText) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> q.choices().get(option.index()).text();
            case TRUEFALSE -> option.index() == 0 ? trueText : falseText;
            case ORDERING -> q.steps().get(option.index());
            case MATCHING -> q.pairs().get(option.index()).match();
        };
    }
}
