package org.attune.authoring;

import static org.attune.authoring.QtiItemWriter.child;
import static org.attune.authoring.QtiItemWriter.declareOutcome;
import static org.attune.authoring.QtiItemWriter.root;
import static org.attune.authoring.QtiXml.CP;
import static org.attune.authoring.QtiXml.QTI;
import static org.attune.authoring.QtiXml.XSI;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuestionDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A module's post-test as a QTI 3.0 content package: {@code imsmanifest.xml}, an assessment test that lists the
 * questions in their order, and one {@code qti-assessment-item} per question under {@code items/}
 * ({@link QtiItemWriter}), whose rationale ends with a link to the lesson that teaches the answer
 * ({@code .../learn/module/lesson}, which {@link QtiReader} reads back). The post-test's settings (passing score,
 * attempts, timing) are Attune's and are not written.
 */
public final class QtiWriter {

    static final String ITEM_TYPE = "imsqti_item_xmlv3p0";
    static final String TEST_TYPE = "imsqti_test_xmlv3p0";
    private static final String CP_XSD =
            "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";

    private QtiWriter() {}

    /**
     * The package as zip bytes. {@code lessonLink} gives the address of a lesson (by slug) on this Attune, for the
     * link at the end of each rationale.
     */
    public static byte[] export(ModuleDefinition module, Function<String, String> lessonLink) {
        var questions = module.quiz() == null
                ? List.<QuestionDefinition>of()
                : module.quiz().questions();
        var titles = new java.util.HashMap<String, String>();
        module.lessons().forEach(l -> titles.put(l.slug(), l.title()));
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            put(zip, "imsmanifest.xml", QtiXml.write(manifest(module, questions)));
            put(zip, "assessment.xml", QtiXml.write(test(module, questions)));
            for (var q : questions) {
                var lesson =
                        q.lesson() == null ? null : new Lesson(lessonLink.apply(q.lesson()), titles.get(q.lesson()));
                put(zip, itemFile(q), QtiXml.write(QtiItemWriter.item(q, lesson)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The lesson a rationale links to: its address and title. */
    record Lesson(String href, String title) {}

    static String identifier(QuestionDefinition q) {
        return q.key().matches("[A-Za-z_][A-Za-z0-9_.-]*")
                ? q.key()
                : "q-" + q.key().replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    private static String itemFile(QuestionDefinition q) {
        return "items/" + identifier(q) + ".xml";
    }

    private static Document manifest(ModuleDefinition module, List<QuestionDefinition> questions) {
        var doc = QtiXml.newDocument();
        var manifest = doc.createElementNS(CP, "manifest");
        doc.appendChild(manifest);
        manifest.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        manifest.setAttributeNS(XSI, "xsi:schemaLocation", CP + " " + CP_XSD);
        manifest.setAttribute("identifier", "attune-" + module.slug() + "-post-test");
        var metadata = child(manifest, CP, "metadata");
        child(metadata, CP, "schema").setTextContent("QTI Package");
        child(metadata, CP, "schemaversion").setTextContent("3.0.0");
        child(manifest, CP, "organizations");
        var resources = child(manifest, CP, "resources");
        var test = resource(resources, "test", TEST_TYPE, "assessment.xml");
        for (var q : questions) {
            child(test, CP, "dependency").setAttribute("identifierref", "item-" + identifier(q));
        }
        for (var q : questions) {
            resource(resources, "item-" + identifier(q), ITEM_TYPE, itemFile(q));
        }
        return doc;
    }

    private static Element resource(Element resources, String identifier, String type, String href) {
        var resource = child(resources, CP, "resource");
        resource.setAttribute("identifier", identifier);
        resource.setAttribute("type", type);
        resource.setAttribute("href", href);
        child(resource, CP, "file").setAttribute("href", href);
        return resource;
    }

    private static Document test(ModuleDefinition module, List<QuestionDefinition> questions) {
        var doc = QtiXml.newDocument();
        var test = root(doc, "qti-assessment-test");
        test.setAttribute("identifier", "attune-" + module.slug());
        test.setAttribute("title", module.title() + ": post-test");
        declareOutcome(test, "SCORE", "float");
        var part = child(test, QTI, "qti-test-part");
        part.setAttribute("identifier", "part");
        part.setAttribute("navigation-mode", "nonlinear");
        part.setAttribute("submission-mode", "simultaneous");
        var section = child(part, QTI, "qti-assessment-section");
        section.setAttribute("identifier", "section");
        section.setAttribute("title", "Post-test");
        section.setAttribute("visible", "true");
        for (var q : questions) {
            var ref = child(section, QTI, "qti-assessment-item-ref");
            ref.setAttribute("identifier", identifier(q));
            ref.setAttribute("href", itemFile(q));
        }
        var processing = child(test, QTI, "qti-outcome-processing");
        var score = child(processing, QTI, "qti-set-outcome-value");
        score.setAttribute("identifier", "SCORE");
        child(child(score, QTI, "qti-sum"), QTI, "qti-test-variables").setAttribute("variable-identifier", "SCORE");
        return doc;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
