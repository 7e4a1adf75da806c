package org.attune.authoring;

import static org.attune.authoring.QtiXml.descendants;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attune.content.QuestionDefinition;

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

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr");

    private QtiReader() {}

    /** The questions read, in order, and what the author must know about what was skipped, dropped or removed. */
    public record Read(List<QuestionDefinition> questions, List<String> notes) {}

    /** Reads the package; lesson links are kept only to the given lessons of the module imported into. */
    public static Read read(InputStream zip, Set<String> lessonSlugs) throws QtiRefusal {
        var files = QtiPackageFiles.unpack(zip);
        if (!files.has("imsmanifest.xml")) {
            throw new QtiRefusal("author.qti.noManifest");
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
            throw otherTypes.isEmpty()
                    ? new QtiRefusal("author.qti.noItems", QtiWriter.ITEM_TYPE)
                    : new QtiRefusal("author.qti.olderItems", String.join(", ", otherTypes));
        }
        var questions = new ArrayList<QuestionDefinition>();
        var notes = new ArrayList<String>();
        for (var href : hrefs) {
            var root = QtiXml.parse(files.file(href), href).getDocumentElement();
            if (!"qti-assessment-item".equals(root.getLocalName()) || !QtiXml.QTI.equals(root.getNamespaceURI())) {
                throw root.getNamespaceURI() == null
                        ? new QtiRefusal("author.qti.notItem.noNamespace", href, root.getNodeName())
                        : new QtiRefusal("author.qti.notItem", href, root.getNodeName(), root.getNamespaceURI());
            }
            new QtiItemReader(root, href, questions.size() + 1, lessonSlugs, notes)
                    .question()
                    .ifPresent(questions::add);
        }
        return new Read(List.copyOf(questions), List.copyOf(notes));
    }
}
