package org.attune.authoring;

import java.math.BigDecimal;
import java.util.List;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuizDefinition;
import org.attune.content.QuizSettings;

/** Small QTI packages and modules for the tests of import and export. */
final class QtiSamples {

    private QtiSamples() {}

    static ModuleDefinition module(List<QuestionDefinition> questions) {
        return new ModuleDefinition(
                "sample",
                "Sample",
                1,
                BigDecimal.ONE,
                "A sample.",
                List.of("Know it."),
                List.of(),
                List.of(new LessonDefinition("one", 1, "Lesson one", 5, "Text.")),
                new QuizDefinition(QuizSettings.DEFAULTS, questions));
    }

    /** A package whose manifest lists one item, items/x.xml, with the given text. */
    static byte[] packageWith(String item) {
        var manifest = """
                <manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="m">
                  <resources>
                    <resource identifier="x" type="imsqti_item_xmlv3p0" href="items/x.xml"/>
                  </resources>
                </manifest>
                """;
        return QtiPackageTest.zip("imsmanifest.xml", manifest, "items/x.xml", item);
    }

    /** A single-choice item with the given body text before the interaction and the interaction's prompt. */
    static String choiceItem(String bodyText, String prompt) {
        return """
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                    <qti-correct-response><qti-value>A</qti-value></qti-correct-response>
                  </qti-response-declaration>
                  <qti-item-body>%s
                    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">%s
                      <qti-simple-choice identifier="A">Yes</qti-simple-choice>
                      <qti-simple-choice identifier="B">No</qti-simple-choice>
                    </qti-choice-interaction>
                  </qti-item-body>
                  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="RATIONALE" show-hide="show">
                    <qti-content-body><p>Because.</p><p><a href="https://x.example/learn/m/one">Lesson one</a></p></qti-content-body>
                  </qti-modal-feedback>
                </qti-assessment-item>
                """.formatted(bodyText, prompt);
    }
}
