package org.attune.authoring;

import static org.attune.authoring.QtiXml.children;
import static org.attune.authoring.QtiXml.descendants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionDefinition.Pair;
import org.attune.content.QuestionType;
import org.attune.web.Texts;
import org.w3c.dom.Element;

/**
 * One QTI 3.0 item read into a question of Attune's, adding to the notes what the author must know about it: an
 * interaction Attune cannot ask (the item is skipped, named), markup the lessons' sanitizer removed, a lesson link to
 * a lesson the module lacks (dropped). All text is kept as plain text, after the sanitizer.
 */
record QtiItemReader(Element root, String href, int number, Set<String> lessonSlugs, List<String> notes) {

    private static final Pattern LESSON_LINK = Pattern.compile(".*/learn/[^/?#]+/([a-z0-9]+(?:-[a-z0-9]+)*)/?");

    /** The item's identifier, or its file when it has none. */
    String name() {
        var id = root.getAttribute("identifier");
        return id.isBlank() ? href : id;
    }

    Optional<QuestionDefinition> question() {
        var body = children(root, "qti-item-body").stream().findFirst();
        var interactions = body.map(b -> descendants(b, "*").stream()
                        .filter(e -> e.getLocalName().endsWith("-interaction"))
                        .toList())
                .orElse(List.of());
        if (interactions.isEmpty()) {
            return skip(Texts.text("author.qti.skip.noInteraction"));
        }
        var unknown = interactions.stream()
                .map(Element::getLocalName)
                .filter(n -> !Set.of("qti-choice-interaction", "qti-order-interaction", "qti-match-interaction")
                        .contains(n))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            return skip(Texts.text(
                    "author.qti.skip.unknown",
                    String.join(", ", unknown.stream().map(n -> "<" + n + ">").toList())));
        }
        if (interactions.size() > 1) {
            return skip(Texts.text("author.qti.skip.many", String.valueOf(interactions.size())));
        }
        var interaction = interactions.get(0);
        var correct = correctValues(interaction.getAttribute("response-identifier"));
        if (correct.isEmpty()) {
            return skip(Texts.text("author.qti.skip.noCorrect"));
        }
        var prompt = prompt(body.get(), interaction);
        var rationale = rationale();
        var key = root.getAttribute("identifier").isBlank() ? "q" + number : root.getAttribute("identifier");
        return switch (interaction.getLocalName()) {
            case "qti-choice-interaction" -> choice(key, interaction, correct, prompt, rationale);
            case "qti-order-interaction" -> order(key, interaction, correct, prompt, rationale);
            default -> match(key, interaction, correct, prompt, rationale);
        };
    }

    private Optional<QuestionDefinition> choice(
            String key, Element interaction, List<String> correct, String prompt, Rationale rationale) {
        var texts = new LinkedHashMap<String, String>();
        for (var choice : children(interaction, "qti-simple-choice")) {
            texts.put(choice.getAttribute("identifier"), text(choice, "choice"));
        }
        var max = interaction.getAttribute("max-choices");
        var single = max.isBlank() || max.equals("1");
        if (single && texts.size() == 2 && isTrueFalse(texts)) {
            var trueId = texts.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase("true"))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            return Optional.of(new QuestionDefinition(
                    key,
                    QuestionType.TRUEFALSE,
                    rationale.lesson(),
                    prompt,
                    rationale.text(),
                    null,
                    false,
                    correct.contains(trueId),
                    null,
                    null));
        }
        var choices = texts.entrySet().stream()
                .map(e -> new Choice(e.getValue(), correct.contains(e.getKey())))
                .toList();
        var partial = !single
                && !children(declaration(interaction.getAttribute("response-identifier")), "qti-mapping")
                        .isEmpty();
        return Optional.of(new QuestionDefinition(
                key,
                single ? QuestionType.SINGLE : QuestionType.MULTIPLE,
                rationale.lesson(),
                prompt,
                rationale.text(),
                choices,
                partial,
                null,
                null,
                null));
    }

    private static boolean isTrueFalse(Map<String, String> texts) {
        return texts.values().stream()
                .map(String::toLowerCase)
                .collect(java.util.stream.Collectors.toSet())
                .equals(Set.of("true", "false"));
    }

    private Optional<QuestionDefinition> order(
            String key, Element interaction, List<String> correct, String prompt, Rationale rationale) {
        var texts = new LinkedHashMap<String, String>();
        for (var choice : children(interaction, "qti-simple-choice")) {
            texts.put(choice.getAttribute("identifier"), text(choice, "step"));
        }
        if (!texts.keySet().equals(new LinkedHashSet<>(correct))) {
            return skip(Texts.text("author.qti.skip.order"));
        }
        return Optional.of(new QuestionDefinition(
                key,
                QuestionType.ORDERING,
                rationale.lesson(),
                prompt,
                rationale.text(),
                null,
                false,
                null,
                correct.stream().map(texts::get).toList(),
                null));
    }

    private Optional<QuestionDefinition> match(
            String key, Element interaction, List<String> correct, String prompt, Rationale rationale) {
        var sets = children(interaction, "qti-simple-match-set");
        if (sets.size() != 2) {
            return skip(Texts.text("author.qti.skip.matchSets"));
        }
        var terms = associables(sets.get(0), "term");
        var matches = associables(sets.get(1), "match");
        var pairs = new ArrayList<Pair>();
        var paired = new LinkedHashMap<String, String>();
        for (var value : correct) {
            var ids = value.strip().split("\\s+");
            if (ids.length == 2 && terms.containsKey(ids[0]) && matches.containsKey(ids[1])) {
                paired.put(ids[0], ids[1]);
            }
        }
        if (!paired.keySet().equals(terms.keySet()) || paired.size() != correct.size()) {
            return skip(Texts.text("author.qti.skip.matchPairs"));
        }
        terms.forEach((id, term) -> pairs.add(new Pair(term, matches.get(paired.get(id)))));
        return Optional.of(new QuestionDefinition(
                key,
                QuestionType.MATCHING,
                rationale.lesson(),
                prompt,
                rationale.text(),
                null,
                false,
                null,
                null,
                pairs));
    }

    private Map<String, String> associables(Element set, String what) {
        var texts = new LinkedHashMap<String, String>();
        for (var choice : children(set, "qti-simple-associable-choice")) {
            texts.put(choice.getAttribute("identifier"), text(choice, what));
        }
        return texts;
    }

    private Element declaration(String responseId) {
        return children(root, "qti-response-declaration").stream()
                .filter(d -> d.getAttribute("identifier").equals(responseId))
                .findFirst()
                .orElse(root.getOwnerDocument().createElement("none"));
    }

    private List<String> correctValues(String responseId) {
        return children(declaration(responseId), "qti-correct-response").stream()
                .flatMap(c -> children(c, "qti-value").stream())
                .map(v -> v.getTextContent().strip())
                .toList();
    }

    /** The item body's text around the interaction, then the interaction's own prompt. */
    private String prompt(Element body, Element interaction) {
        var around = (Element) body.cloneNode(true);
        for (var name : List.of(interaction.getLocalName(), "qti-feedback-block", "qti-feedback-inline")) {
            descendants(around, name).forEach(e -> e.getParentNode().removeChild(e));
        }
        var parts = new ArrayList<String>();
        parts.add(text(around, "text"));
        children(interaction, "qti-prompt").forEach(p -> parts.add(text(p, "prompt")));
        return String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList());
    }

    private record Rationale(String text, String lesson) {}

    /** The modal feedback's text, less the paragraph that links to the lesson, and that lesson if the module has it. */
    private Rationale rationale() {
        String lesson = null;
        var parts = new ArrayList<String>();
        var feedbacks = new ArrayList<>(children(root, "qti-modal-feedback"));
        children(root, "qti-item-body").forEach(b -> {
            feedbacks.addAll(descendants(b, "qti-feedback-block"));
            feedbacks.addAll(descendants(b, "qti-feedback-inline"));
        });
        for (var feedback : feedbacks) {
            var content =
                    children(feedback, "qti-content-body").stream().findFirst().orElse(feedback);
            for (var link : descendants(content, "a")) {
                var found = LESSON_LINK.matcher(link.getAttribute("href"));
                if (found.matches()) {
                    // The link is the question's lesson, which Attune links to itself: its text leaves the rationale.
                    lesson = lesson == null ? found.group(1) : lesson;
                    link.getParentNode().removeChild(link);
                }
            }
            for (var p : descendants(content, "p")) {
                if (QtiReader.LESSON_CLASS.equals(p.getAttribute("class")) && p.getParentNode() != null) {
                    p.getParentNode().removeChild(p);
                }
            }
            parts.add(text(content, "rationale"));
        }
        if (lesson == null) {
            notes.add(Texts.text("author.qti.note.noLesson", name()));
        } else if (!lessonSlugs.contains(lesson)) {
            notes.add(Texts.text("author.qti.note.unknownLesson", name(), lesson));
            lesson = null;
        }
        return new Rationale(
                String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList()), lesson);
    }

    /** The element's content as plain text, after the lessons' sanitizer; what it removed is noted. */
    private String text(Element element, String what) {
        var removed = new LinkedHashSet<String>();
        var text = QtiText.plain(QtiXml.innerHtml(element), removed::add);
        if (!removed.isEmpty()) {
            notes.add(Texts.text(
                    "author.qti.note.removed",
                    name(),
                    Texts.text("author.qti.what." + what),
                    String.join(", ", removed)));
        }
        return text;
    }

    private Optional<QuestionDefinition> skip(String why) {
        notes.add(Texts.text("author.qti.note.skipped", name(), href, why));
        return Optional.empty();
    }
}
