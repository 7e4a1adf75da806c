package org.attune.authoring;

import static org.attune.authoring.QtiXml.children;
import static org.attune.authoring.QtiXml.descendants;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.w3c.dom.Element;

/**
 * A QTI 3.0 package read into post-test questions, as untrusted input: unpacked within limits
 * ({@link QtiPackageFiles}), every file parsed without DTDs or entities ({@link QtiXml}), all text passed through
 * the lessons' sanitizer policy and kept as plain text. The items the manifest lists are read in its order; choice
 * (single, multiple, true/false), order and match interactions become Attune's question types. What cannot become
 * a question is never dropped silently: an item with another interaction, or none, is skipped and named in the
 * notes, as is removed markup and a lesson link to a lesson the module lacks (dropped). A file that does not read
 * at all refuses the whole package.
 */
public final class QtiReader {

    /** The class of the paragraph that links a rationale to its lesson, as {@link QtiWriter} writes it. */
    static final String LESSON_CLASS = "attune-lesson";

    private static final Pattern LESSON_LINK = Pattern.compile(".*/learn/[^/?#]+/([a-z0-9]+(?:-[a-z0-9]+)*)/?");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr");

    private QtiReader() {}

    /** The questions read, in order, and what the author must know about what was skipped, dropped or removed. */
    public record Read(List<QuestionDefinition> questions, List<String> notes) {}

    /** Reads the package; lesson links are kept only to the given lessons of the module imported into. */
    public static Read read(InputStream zip, Set<String> lessonSlugs) throws QtiRefusal {
        var files = QtiPackageFiles.unpack(zip);
        if (!files.has("imsmanifest.xml")) {
            throw new QtiRefusal("The zip has no imsmanifest.xml at its top level, so it is not a QTI content"
                    + " package. Export the post-test from the other tool as a QTI 3.0 package.");
        }
        var manifest =
                QtiXml.parse(files.file("imsmanifest.xml"), "imsmanifest.xml").getDocumentElement();
        var hrefs = new ArrayList<String>();
        var otherTypes = new LinkedHashSet<String>();
        for (var resource : descendants(manifest, "resource")) {
            var type = resource.getAttribute("type");
            if (type.startsWith(QtiWriter.ITEM_TYPE)) {
                hrefs.add(resource.getAttribute("href"));
            } else if (type.startsWith("imsqti_item_")) {
                otherTypes.add(type);
            }
        }
        if (hrefs.isEmpty()) {
            throw new QtiRefusal(
                    otherTypes.isEmpty()
                            ? "The manifest lists no QTI 3.0 items (resources of type " + QtiWriter.ITEM_TYPE + ")."
                            : "The manifest lists items of type " + String.join(", ", otherTypes)
                                    + ", an older QTI than" + " 3.0. Export them as QTI 3.0 and import that.");
        }
        var questions = new ArrayList<QuestionDefinition>();
        var notes = new ArrayList<String>();
        for (var href : hrefs) {
            var root = QtiXml.parse(files.file(href), href).getDocumentElement();
            if (!"qti-assessment-item".equals(root.getLocalName()) || !QtiXml.QTI.equals(root.getNamespaceURI())) {
                throw new QtiRefusal(href + " is not a QTI 3.0 assessment item: its root element is <"
                        + root.getNodeName() + "> in "
                        + Optional.ofNullable(root.getNamespaceURI()).orElse("no namespace")
                        + ".");
            }
            new Item(root, href, questions.size() + 1, lessonSlugs, notes)
                    .question()
                    .ifPresent(questions::add);
        }
        return new Read(List.copyOf(questions), List.copyOf(notes));
    }

    /** One item read, adding to the notes what the author must know about it. */
    private record Item(Element root, String href, int number, Set<String> lessonSlugs, List<String> notes) {

        String name() {
            var id = root.getAttribute("identifier");
            return "Item '" + (id.isBlank() ? href : id) + "'";
        }

        Optional<QuestionDefinition> question() {
            var body = children(root, "qti-item-body").stream().findFirst();
            var interactions = body.map(b -> descendants(b, "*").stream()
                            .filter(e -> e.getLocalName().endsWith("-interaction"))
                            .toList())
                    .orElse(List.of());
            if (interactions.isEmpty()) {
                return skip("has no interaction for a learner to answer");
            }
            var unknown = interactions.stream()
                    .map(Element::getLocalName)
                    .filter(n -> !Set.of("qti-choice-interaction", "qti-order-interaction", "qti-match-interaction")
                            .contains(n))
                    .distinct()
                    .toList();
            if (!unknown.isEmpty()) {
                return skip("uses "
                        + String.join(
                                ", ", unknown.stream().map(n -> "<" + n + ">").toList())
                        + ", which Attune's post-tests cannot ask");
            }
            if (interactions.size() > 1) {
                return skip("asks " + interactions.size() + " things at once; an Attune question asks one");
            }
            var interaction = interactions.get(0);
            var correct = correctValues(interaction.getAttribute("response-identifier"));
            if (correct.isEmpty()) {
                return skip("has no correct response");
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
                return skip("has a correct order that does not name every step once");
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
                return skip("has a match interaction without its two sets");
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
                return skip("has a correct response that does not pair every term with one match");
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
            descendants(around, interaction.getLocalName())
                    .forEach(e -> e.getParentNode().removeChild(e));
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
            for (var feedback : children(root, "qti-modal-feedback")) {
                var content = children(feedback, "qti-content-body").stream()
                        .findFirst()
                        .orElse(feedback);
                for (var link : descendants(content, "a")) {
                    var found = LESSON_LINK.matcher(link.getAttribute("href"));
                    if (found.matches() && lesson == null) {
                        lesson = found.group(1);
                    }
                }
                for (var p : descendants(content, "p")) {
                    if (LESSON_CLASS.equals(p.getAttribute("class")) && p.getParentNode() != null) {
                        p.getParentNode().removeChild(p);
                    }
                }
                parts.add(text(content, "rationale"));
            }
            if (lesson == null) {
                notes.add(name() + " links to no lesson: choose the lesson that teaches it in the draft.");
            } else if (!lessonSlugs.contains(lesson)) {
                notes.add(name() + " linked to the lesson '" + lesson + "', which this module does not have: the link"
                        + " was dropped; choose its lesson in the draft.");
                lesson = null;
            }
            return new Rationale(
                    String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList()), lesson);
        }

        /** The element's content as plain text, after the lessons' sanitizer; what it removed is noted. */
        private String text(Element element, String what) {
            var removed = new LinkedHashSet<String>();
            var safe = org.attune.content.MarkdownRenderer.sanitize(QtiXml.innerHtml(element), removed::add);
            if (!removed.isEmpty()) {
                notes.add(name() + ": its " + what + " held " + String.join(", ", removed) + ", which Attune allows in"
                        + " no lesson either; removed.");
            }
            try {
                var parsed = QtiXml.parse(("<div>" + safe + "</div>").getBytes(StandardCharsets.UTF_8), what)
                        .getDocumentElement();
                var text = new StringBuilder();
                plain(parsed, text);
                return tidy(text.toString());
            } catch (QtiRefusal unreadable) {
                return tidy(element.getTextContent());
            }
        }

        private Optional<QuestionDefinition> skip(String why) {
            notes.add(name() + " (" + href + ") " + why + ": it was skipped.");
            return Optional.empty();
        }
    }

    private static void plain(org.w3c.dom.Node node, StringBuilder text) {
        for (var n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                var name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
                if (name.equals("br")) {
                    text.append('\n');
                } else if (BLOCKS.contains(name)) {
                    text.append("\n\n");
                    plain(e, text);
                    text.append("\n\n");
                } else {
                    plain(e, text);
                }
            } else if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                text.append(n.getNodeValue().replaceAll("[ \\t\\r\\n]+", " "));
            }
        }
    }

    /** Lines stripped, at most one blank line between paragraphs, none at either end. */
    static String tidy(String text) {
        var lines = text.strip().split("\n", -1);
        var out = new StringBuilder();
        for (var line : lines) {
            out.append(line.strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
