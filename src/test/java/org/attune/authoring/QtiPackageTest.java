package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleLibrary;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.junit.jupiter.api.Test;

/** A post-test exported as a QTI 3.0 package reads back as the same questions; hostile packages are refused. */
class QtiPackageTest {

    static final String LINK = "https://attune.example/learn/%s/%s";

    static byte[] export(ModuleDefinition module) {
        return QtiWriter.export(module, lesson -> LINK.formatted(module.slug(), lesson));
    }

    static Set<String> lessons(ModuleDefinition module) {
        return module.lessons().stream().map(LessonDefinition::slug).collect(Collectors.toSet());
    }

    @Test
    void everyPostTestOfTheCourseReadsBackAsTheSameQuestionsOfEveryType() throws Exception {
        var modules = ModuleLibrary.read(Path.of("modules")).modules();
        var types = EnumSet.noneOf(QuestionType.class);
        boolean partial = false;
        for (var module : modules) {
            var read = QtiReader.read(new ByteArrayInputStream(export(module)), lessons(module));
            assertThat(read.questions())
                    .as(module.slug())
                    .isEqualTo(module.quiz().questions());
            assertThat(read.notes()).as(module.slug()).isEmpty();
            module.quiz().questions().forEach(q -> types.add(q.type()));
            partial |= module.quiz().questions().stream().anyMatch(QuestionDefinition::partialCredit);
        }
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
        assertThat(partial).as("a multiple-choice question with partial credit").isTrue();
    }

    @Test
    void textWithMarkupCharactersAndLineBreaksSurvivesTheRoundTrip() throws Exception {
        var question = new QuestionDefinition(
                "q1",
                QuestionType.SINGLE,
                "one",
                "If pain < 3 & \"mild\",\nwhat then?",
                "First reason.\n\nSecond <reason> & more.",
                List.of(new QuestionDefinition.Choice("a < b", true), new QuestionDefinition.Choice("'quoted'", false)),
                false,
                null,
                null,
                null);
        var module = QtiSamples.module(List.of(question));
        var read = QtiReader.read(new ByteArrayInputStream(export(module)), Set.of("one"));
        assertThat(read.questions()).containsExactly(question);
    }

    @Test
    void aLessonLinkToALessonTheModuleLacksIsReportedAndDropped() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var read = QtiReader.read(new ByteArrayInputStream(export(module)), Set.of());
        assertThat(read.questions()).hasSameSizeAs(module.quiz().questions());
        assertThat(read.questions()).allSatisfy(q -> assertThat(q.lesson()).isNull());
        var first = module.quiz().questions().get(0);
        assertThat(read.notes())
                .contains("Item '" + first.key() + "' linked to the lesson '" + first.lesson()
                        + "', which this module does not have: the link was dropped; choose its lesson in the draft.");
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <manifest>&secret;</manifest>
                """;
        assertRefused(zip("imsmanifest.xml", xxe), "imsmanifest.xml declares a DTD");
    }

    @Test
    void aBillionLaughsExpansionIsRefusedBeforeItExpands() {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol%d \"%s\">\n".formatted(i, ("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)));
        }
        laughs.append("]>\n<manifest>&lol9;</manifest>");
        assertRefused(zip("imsmanifest.xml", laughs.toString()), "declares a DTD");
    }

    @Test
    void aDtdInAnItemIsRefusedWithTheItemsName() {
        var bytes = QtiSamples.packageWith("""
                <?xml version="1.0"?>
                <!DOCTYPE qti-assessment-item SYSTEM "http://attune.invalid/evil.dtd">
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x"/>
                """);
        assertRefused(bytes, "items/x.xml declares a DTD");
    }

    @Test
    void aMalformedItemIsRefusedWithItsNameAndLine() {
        assertRefused(
                QtiSamples.packageWith(
                        "<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\">\n<p>"),
                "items/x.xml is not well-formed XML (line");
    }

    @Test
    void aZipBombStopsAtTheSizeLimit() {
        var zeros = new byte[(int) UploadedArchive.MAX_FILE_BYTES + 1];
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(zeros);
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(bytes.size()).isLessThan(10_000);
        assertRefused(bytes.toByteArray(), "'imsmanifest.xml' in the zip is larger than 1000000 bytes unpacked");
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() {
        var names = new String[(UploadedArchive.MAX_ENTRIES + 1) * 2];
        for (int i = 0; i < names.length; i += 2) {
            names[i] = "f" + i + ".xml";
            names[i + 1] = "<x/>";
        }
        assertRefused(zip(names), "has more than 200 files");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        assertRefused("just text".getBytes(StandardCharsets.UTF_8), "empty, or not a zip");
    }

    @Test
    void aScriptInAPromptIsRemovedAndReported() throws Exception {
        var read = QtiReader.read(
                new ByteArrayInputStream(QtiSamples.packageWith(QtiSamples.choiceItem(
                        "<p>Which is right?<script>alert('x')</script></p>",
                        "<qti-prompt>Choose <b onclick=\"steal()\">one</b>.</qti-prompt>"))),
                Set.of("one"));
        assertThat(read.questions()).hasSize(1);
        assertThat(read.questions().get(0).prompt()).isEqualTo("Which is right?\n\nChoose one.");
        assertThat(read.notes())
                .contains("Item 'x': its text held <script>, which Attune allows in no lesson either; removed.")
                .contains(
                        "Item 'x': its prompt held onclick on <b>, which Attune allows in no lesson either; removed.");
    }

    @Test
    void anUnknownInteractionIsReportedByNameAndSkipped() throws Exception {
        var essay = """
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>
                  <qti-item-body><qti-extended-text-interaction response-identifier="RESPONSE"/></qti-item-body>
                </qti-assessment-item>
                """;
        var read = QtiReader.read(new ByteArrayInputStream(QtiSamples.packageWith(essay)), Set.of());
        assertThat(read.questions()).isEmpty();
        assertThat(read.notes())
                .containsExactly(
                        "Item 'x' (items/x.xml) uses <qti-extended-text-interaction>, which Attune's post-tests"
                                + " cannot ask: it was skipped.");
    }

    @Test
    void feedbackInTheItemBodyBecomesTheRationaleNotPartOfThePrompt() throws Exception {
        var item = QtiSamples.choiceItem(
                "<p>Which is right?</p><qti-feedback-block outcome-identifier=\"FEEDBACK\" identifier=\"RATIONALE\""
                        + " show-hide=\"show\"><qti-content-body><p>Yes is right.</p></qti-content-body>"
                        + "</qti-feedback-block>",
                "");
        var read = QtiReader.read(new ByteArrayInputStream(QtiSamples.packageWith(item)), Set.of("one"));
        assertThat(read.questions().get(0).prompt()).isEqualTo("Which is right?");
        assertThat(read.questions().get(0).rationale()).isEqualTo("Because.\n\nYes is right.");
        assertThat(read.questions().get(0).lesson()).isEqualTo("one");
    }

    @Test
    void aQti21PackageIsRefusedAsAnOlderQti() {
        var manifest = "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources><resource"
                + " identifier=\"x\" type=\"imsqti_item_xmlv2p1\" href=\"x.xml\"/></resources></manifest>";
        assertRefused(zip("imsmanifest.xml", manifest), "items of type imsqti_item_xmlv2p1, an older QTI than 3.0");
    }

    @Test
    void aZipWithoutAManifestIsNotAQtiPackage() {
        assertRefused(zip("item.xml", "<x/>"), "has no imsmanifest.xml");
    }

    private static void assertRefused(byte[] zip, String message) {
        assertThatThrownBy(() -> QtiReader.read(new ByteArrayInputStream(zip), Set.of()))
                .isInstanceOf(QtiRefusal.class)
                .hasMessageContaining(message);
    }

    static byte[] zip(String... namesAndTexts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
