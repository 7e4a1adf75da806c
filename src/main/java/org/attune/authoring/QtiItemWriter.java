package org.attune.authoring;

import static org.attune.authoring.QtiXml.QTI;
import static org.attune.authoring.QtiXml.XSI;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.attune.authoring.QtiWriter.Lesson;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One post-test question as a QTI 3.0 {@code qti-assessment-item}: its interaction, the correct response, response
 * processing that scores as Attune does (all or nothing, or a {@code qti-mapping} of a share per correct choice or
 * match, bounded to 0..1, where Attune gives partial credit), and the rationale as modal feedback that ends with the
 * link to the lesson. Plain text is written as text, each line break a {@code <br/>}.
 */
final class QtiItemWriter {

    private static final String ASI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";

    private QtiItemWriter() {}

    static Document item(QuestionDefinition q, Lesson lesson) {
        var doc = QtiXml.newDocument();
        var item = root(doc, "qti-assessment-item");
        item.setAttribute("identifier", QtiWriter.identifier(q));
        item.setAttribute("title", q.key());
        item.setAttribute("adaptive", "false");
        item.setAttribute("time-dependent", "false");
        var response = child(item, QTI, "qti-response-declaration");
        response.setAttribute("identifier", "RESPONSE");
        var correct = child(response, QTI, "qti-correct-response");
        declareOutcome(item, "SCORE", "float");
        var max = declareOutcome(item, "MAXSCORE", "float");
        value(child(max, QTI, "qti-default-value"), "1");
        declareOutcome(item, "FEEDBACK", "identifier");
        var body = child(item, QTI, "qti-item-body");
        boolean mapped = false;
        switch (q.type()) {
            case SINGLE, MULTIPLE, TRUEFALSE -> {
                var single = q.type() != QuestionType.MULTIPLE;
                response.setAttribute("cardinality", single ? "single" : "multiple");
                response.setAttribute("base-type", "identifier");
                var interaction = interaction(body, "qti-choice-interaction", q.prompt());
                interaction.setAttribute("max-choices", single ? "1" : "0");
                interaction.setAttribute("shuffle", "false");
                var choices = q.type() == QuestionType.TRUEFALSE
                        ? List.of(
                                new QuestionDefinition.Choice("True", Boolean.TRUE.equals(q.answer())),
                                new QuestionDefinition.Choice("False", Boolean.FALSE.equals(q.answer())))
                        : q.choices();
                long right = choices.stream()
                        .filter(QuestionDefinition.Choice::correct)
                        .count();
                mapped = q.type() == QuestionType.MULTIPLE && q.partialCredit();
                var mapping = mapped ? mapping(response) : null;
                for (int i = 0; i < choices.size(); i++) {
                    var id = q.type() == QuestionType.TRUEFALSE
                            ? choices.get(i).text().toLowerCase()
                            : "C" + (i + 1);
                    var choice = child(interaction, QTI, "qti-simple-choice");
                    choice.setAttribute("identifier", id);
                    inline(choice, choices.get(i).text());
                    if (choices.get(i).correct()) {
                        value(correct, id);
                    }
                    if (mapping != null) {
                        mapEntry(mapping, id, share(choices.get(i).correct() ? 1 : -1, right));
                    }
                }
            }
            case ORDERING -> {
                response.setAttribute("cardinality", "ordered");
                response.setAttribute("base-type", "identifier");
                var interaction = interaction(body, "qti-order-interaction", q.prompt());
                interaction.setAttribute("shuffle", "true");
                for (int i = 0; i < q.steps().size(); i++) {
                    var choice = child(interaction, QTI, "qti-simple-choice");
                    choice.setAttribute("identifier", "S" + (i + 1));
                    inline(choice, q.steps().get(i));
                    value(correct, "S" + (i + 1));
                }
            }
            case MATCHING -> {
                response.setAttribute("cardinality", "multiple");
                response.setAttribute("base-type", "directedPair");
                var interaction = interaction(body, "qti-match-interaction", q.prompt());
                interaction.setAttribute("shuffle", "true");
                interaction.setAttribute(
                        "max-associations", String.valueOf(q.pairs().size()));
                var terms = child(interaction, QTI, "qti-simple-match-set");
                var matches = child(interaction, QTI, "qti-simple-match-set");
                var mapping = mapping(response);
                mapped = true;
                for (int i = 0; i < q.pairs().size(); i++) {
                    associable(terms, "T" + (i + 1), q.pairs().get(i).term());
                    associable(matches, "M" + (i + 1), q.pairs().get(i).match());
                    var pair = "T" + (i + 1) + " M" + (i + 1);
                    value(correct, pair);
                    mapEntry(mapping, pair, share(1, q.pairs().size()));
                }
            }
        }
        responseProcessing(item, mapped);
        feedback(item, q.rationale(), lesson);
        return doc;
    }

    static Element root(Document doc, String name) {
        var root = doc.createElementNS(QTI, name);
        doc.appendChild(root);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        root.setAttributeNS(XSI, "xsi:schemaLocation", QTI + " " + ASI_XSD);
        return root;
    }

    static Element declareOutcome(Element parent, String identifier, String baseType) {
        var outcome = child(parent, QTI, "qti-outcome-declaration");
        outcome.setAttribute("identifier", identifier);
        outcome.setAttribute("cardinality", "single");
        outcome.setAttribute("base-type", baseType);
        return outcome;
    }

    private static Element interaction(Element body, String name, String prompt) {
        var interaction = child(body, QTI, name);
        interaction.setAttribute("response-identifier", "RESPONSE");
        inline(child(interaction, QTI, "qti-prompt"), prompt);
        return interaction;
    }

    private static void associable(Element set, String id, String text) {
        var choice = child(set, QTI, "qti-simple-associable-choice");
        choice.setAttribute("identifier", id);
        choice.setAttribute("match-max", "1");
        inline(choice, text);
    }

    /** A mapping that scores as Attune does: the entries' sum, never below nothing or above the whole point. */
    private static Element mapping(Element response) {
        var mapping = child(response, QTI, "qti-mapping");
        mapping.setAttribute("default-value", "0");
        mapping.setAttribute("lower-bound", "0");
        mapping.setAttribute("upper-bound", "1");
        return mapping;
    }

    private static void mapEntry(Element mapping, String key, String value) {
        var entry = child(mapping, QTI, "qti-map-entry");
        entry.setAttribute("map-key", key);
        entry.setAttribute("mapped-value", value);
    }

    private static String share(int sign, long of) {
        return BigDecimal.valueOf(sign)
                .divide(BigDecimal.valueOf(Math.max(1, of)), MathContext.DECIMAL64)
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * SCORE from the mapping, or 1 for the correct response and 0 otherwise; FEEDBACK is always the rationale, which
     * Attune shows after every submitted answer, right or wrong.
     */
    private static void responseProcessing(Element item, boolean mapped) {
        var processing = child(item, QTI, "qti-response-processing");
        var condition = child(processing, QTI, "qti-response-condition");
        var when = child(condition, QTI, "qti-response-if");
        if (mapped) {
            child(child(when, QTI, "qti-is-null"), QTI, "qti-variable").setAttribute("identifier", "RESPONSE");
            setOutcome(when, "SCORE", "float", "0");
            var otherwise = child(condition, QTI, "qti-response-else");
            var score = child(otherwise, QTI, "qti-set-outcome-value");
            score.setAttribute("identifier", "SCORE");
            child(score, QTI, "qti-map-response").setAttribute("identifier", "RESPONSE");
        } else {
            var match = child(when, QTI, "qti-match");
            child(match, QTI, "qti-variable").setAttribute("identifier", "RESPONSE");
            child(match, QTI, "qti-correct").setAttribute("identifier", "RESPONSE");
            setOutcome(when, "SCORE", "float", "1");
            setOutcome(child(condition, QTI, "qti-response-else"), "SCORE", "float", "0");
        }
        setOutcome(processing, "FEEDBACK", "identifier", "RATIONALE");
    }

    private static void setOutcome(Element parent, String identifier, String baseType, String value) {
        var set = child(parent, QTI, "qti-set-outcome-value");
        set.setAttribute("identifier", identifier);
        var base = child(set, QTI, "qti-base-value");
        base.setAttribute("base-type", baseType);
        base.setTextContent(value);
    }

    private static void feedback(Element item, String rationale, Lesson lesson) {
        var feedback = child(item, QTI, "qti-modal-feedback");
        feedback.setAttribute("outcome-identifier", "FEEDBACK");
        feedback.setAttribute("identifier", "RATIONALE");
        feedback.setAttribute("show-hide", "show");
        feedback.setAttribute("title", "Why");
        var body = child(feedback, QTI, "qti-content-body");
        for (var paragraph : (rationale == null ? "" : rationale).strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                inline(child(body, QTI, "p"), paragraph.strip());
            }
        }
        if (lesson != null) {
            var p = child(body, QTI, "p");
            p.setAttribute("class", QtiReader.LESSON_CLASS);
            p.appendChild(item.getOwnerDocument().createTextNode("Taught in the lesson: "));
            var a = child(p, QTI, "a");
            a.setAttribute("href", lesson.href());
            a.setTextContent(lesson.title() == null ? lesson.href() : lesson.title());
        }
    }

    /** Plain text as inline content: each line break a {@code <br/>}. */
    private static void inline(Element parent, String text) {
        var lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                child(parent, QTI, "br");
            }
            parent.appendChild(parent.getOwnerDocument().createTextNode(lines[i]));
        }
    }

    private static void value(Element parent, String text) {
        child(parent, QTI, "qti-value").setTextContent(text);
    }

    static Element child(Element parent, String namespace, String name) {
        var child = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(child);
        return child;
    }
}
