package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipInputStream;
import org.attune.browser.BrowserSession;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleLibrary;
import org.attune.content.QuestionDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every exported post-test checked by a QTI tool Attune did not write: Cito's QTI 3.0 player
 * ({@code @citolab/qti-components}, fetched by the build, checksum-checked) loads each item in headless Chromium and
 * scores it by the item's own response processing. The correct response must earn the whole point, and a partly
 * right one what Attune's grading gives it. The package's structure (the manifest names every item file, the test
 * refers to every item in order) is checked alongside. It reads no database, so CI's PostgreSQL pass leaves it out
 * with the browser journeys (the tag they share).
 */
@Tag("browser")
class QtiCrossCheckIT {

    private static final Path PLAYER =
            Path.of(System.getProperty("qti.player", "target/qti-components/package/cdn/index.global.js"));

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void citosQtiPlayerScoresEveryExportedItemAsAttuneDoes() throws Exception {
        var driver = browser.driver();
        driver.get("data:text/html,<!DOCTYPE html><html lang=en><body><div id=host></div></body></html>");
        driver.executeScript(Files.readString(PLAYER) + ";window.QtiComponents = QtiComponents;");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        int scored = 0;
        for (var module : ModuleLibrary.read(Path.of("modules")).modules()) {
            var files = unzip(QtiPackageTest.export(module));
            checkStructure(module, files);
            for (var q : module.quiz().questions()) {
                var item = files.get("items/" + QtiWriter.identifier(q) + ".xml");
                assertThat(score(item, correctResponse(q)))
                        .as(module.slug() + " " + q.key())
                        .isEqualTo("1");
                scored++;
                if (q.partialCredit()) {
                    var oneRight = correctResponse(q).subList(0, 1);
                    var share = 1.0
                            / q.choices().stream()
                                    .filter(QuestionDefinition.Choice::correct)
                                    .count();
                    // The player reports scores to three decimals (0.333 for a third); Attune keeps four.
                    assertThat(Double.parseDouble(score(item, oneRight)))
                            .as(module.slug() + " " + q.key() + ", one correct choice of several")
                            .isCloseTo(share, org.assertj.core.data.Offset.offset(0.001));
                }
            }
        }
        assertThat(scored).isGreaterThan(50);
    }

    /** What a learner who answers rightly sends, in the identifiers {@link QtiWriter} gives choices. */
    private static List<String> correctResponse(QuestionDefinition q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE ->
                IntStream.range(0, q.choices().size())
                        .filter(i -> q.choices().get(i).correct())
                        .mapToObj(i -> "C" + (i + 1))
                        .toList();
            case TRUEFALSE -> List.of(String.valueOf(q.answer()));
            case ORDERING ->
                IntStream.rangeClosed(1, q.steps().size())
                        .mapToObj(i -> "S" + i)
                        .toList();
            case MATCHING ->
                IntStream.rangeClosed(1, q.pairs().size())
                        .mapToObj(i -> "T" + i + " M" + i)
                        .toList();
        };
    }

    private String score(String itemXml, List<String> response) {
        var single = response.size() == 1
                && !itemXml.contains("cardinality=\"multiple\"")
                && !itemXml.contains("cardinality=\"ordered\"");
        var result = browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const [xml, response] = arguments;
                        (async () => {
                          const host = document.getElementById('host');
                          host.innerHTML = QtiComponents.qtiTransformItem().parse(xml).html();
                          await customElements.whenDefined('qti-assessment-item');
                          const item = host.querySelector('qti-assessment-item');
                          await item.updateComplete;
                          item.updateResponseVariable('RESPONSE', response);
                          item.processResponse();
                          done(String(item.getOutcome('SCORE').value));
                        })().catch(e => done('error: ' + e));
                        """, itemXml, single ? response.get(0) : response);
        return String.valueOf(result);
    }

    private static void checkStructure(ModuleDefinition module, Map<String, String> files) throws QtiRefusal {
        var manifest =
                QtiXml.parse(bytes(files, "imsmanifest.xml"), "imsmanifest.xml").getDocumentElement();
        assertThat(manifest.getNamespaceURI()).isEqualTo(QtiXml.CP);
        var items = new ArrayList<String>();
        for (var resource : QtiXml.descendants(manifest, "resource")) {
            var href = resource.getAttribute("href");
            assertThat(files).as("the file the manifest names").containsKey(href);
            if (resource.getAttribute("type").equals(QtiWriter.ITEM_TYPE)) {
                items.add(href);
                var root = QtiXml.parse(bytes(files, href), href).getDocumentElement();
                assertThat(root.getNamespaceURI()).isEqualTo(QtiXml.QTI);
                assertThat(root.getLocalName()).isEqualTo("qti-assessment-item");
            }
        }
        var test =
                QtiXml.parse(bytes(files, "assessment.xml"), "assessment.xml").getDocumentElement();
        var refs = QtiXml.descendants(test, "qti-assessment-item-ref").stream()
                .map(r -> r.getAttribute("href"))
                .toList();
        assertThat(refs)
                .as(module.slug())
                .isEqualTo(items)
                .hasSize(module.quiz().questions().size());
        assertThat(files.keySet()).hasSize(items.size() + 2);
    }

    private static byte[] bytes(Map<String, String> files, String name) {
        return files.get(name).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
