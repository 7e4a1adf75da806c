package org.attune.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ModuleFolderReaderTest {

    @TempDir
    Path root;

    private Path folder;

    @BeforeEach
    void writeAGoodModule() throws IOException {
        folder = TestModules.write(root, "attunement", 2);
    }

    @Test
    void aGoodFolderReadsCompletelyWithLessonsInOrder() throws Exception {
        var module = ModuleFolderReader.read(folder);

        assertThat(module.slug()).isEqualTo("attunement");
        assertThat(module.title()).isEqualTo("Module attunement");
        assertThat(module.order()).isEqualTo(1);
        assertThat(module.ceHours()).isEqualByComparingTo(new BigDecimal("1.25"));
        assertThat(module.objectives()).containsExactly("Name the three movements of attunement.");
        assertThat(module.references()).containsExactly(new Reference("A source", "A. Author", 2017));
        assertThat(module.lessons())
                .extracting(LessonDefinition::slug, LessonDefinition::position, LessonDefinition::minutes)
                .containsExactly(Tuple.tuple("lesson-one", 1, 5), Tuple.tuple("lesson-two", 2, 5));
        assertThat(module.lessons().get(0).markdown()).startsWith("Text of lesson 1");
    }

    @Test
    void theContentHashChangesWithAnyLessonText() throws Exception {
        var before = ModuleFolderReader.read(folder).contentHash();
        write("lessons/02-lesson-two.md", "---\ntitle: Lesson 2\nminutes: 5\n---\nA corrected sentence.\n");

        assertThat(ModuleFolderReader.read(folder).contentHash()).isNotEqualTo(before);
        assertThat(ModuleFolderReader.read(folder).contentHash())
                .isEqualTo(ModuleFolderReader.read(folder).contentHash());
    }

    @Test
    void aMissingModuleFileIsNamed() throws Exception {
        Files.delete(folder.resolve("module.yaml"));

        assertProblem("module.yaml", "the file is missing");
    }

    @Test
    void malformedYamlIsReportedWithTheFile() throws Exception {
        write("module.yaml", "slug: attunement\ntitle: [unclosed\n");

        assertProblem("module.yaml", "is not valid YAML");
    }

    @Test
    @Timeout(
            value = 60,
            threadMode =
                    Timeout.ThreadMode
                            .SEPARATE_THREAD) // stops a regression from hanging the build; nothing here measures speed
    void theBillionLaughsModuleFileIsRefusedWithAShortMessage() throws Exception {
        write("module.yaml", TestModules.hostileModuleYaml("attunement"));

        assertProblem("module.yaml", "more than 10 levels inside each other");
        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void aMisspelledKeyIsRefusedRatherThanIgnored() throws Exception {
        write("module.yaml", TestModules.moduleYaml("attunement").replace("objectives:", "objective:"));

        assertProblem("module.yaml", "unknown key 'objective'");
    }

    @Test
    void aRequiredFieldThatIsMissingIsNamed() throws Exception {
        write("module.yaml", TestModules.moduleYaml("attunement").replace("title: Module attunement\n", ""));

        assertProblem("module.yaml", "'title' is required");
    }

    @Test
    void ceHoursMustBeANumber() throws Exception {
        write("module.yaml", TestModules.moduleYaml("attunement").replace("ceHours: 1.25", "ceHours: lots"));

        assertProblem("module.yaml", "'ceHours' must be a number");
    }

    @Test
    void aModuleWithoutObjectivesIsRefused() throws Exception {
        write(
                "module.yaml",
                TestModules.moduleYaml("attunement")
                        .replace("objectives:\n  - Name the three movements of attunement.\n", "objectives: []\n"));

        assertProblem("module.yaml", "'objectives' must be a list with at least one entry");
    }

    @Test
    void theSlugMustMatchTheFolder() throws Exception {
        write("module.yaml", TestModules.moduleYaml("something-else"));

        assertProblem("module.yaml", "must equal the folder name");
    }

    @Test
    void aModuleWithoutLessonsIsRefused() throws Exception {
        try (var files = Files.list(folder.resolve("lessons"))) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }

        assertProblem("lessons", "has no lessons");
    }

    @Test
    void aLessonWithoutFrontMatterIsNamed() throws Exception {
        write("lessons/01-lesson-one.md", "# Just text\n");

        assertProblem("01-lesson-one.md", "must begin with a front matter block");
    }

    @Test
    void anUnclosedFrontMatterIsNamed() throws Exception {
        write("lessons/01-lesson-one.md", "---\ntitle: One\nminutes: 5\nText\n");

        assertProblem("01-lesson-one.md", "not closed");
    }

    @Test
    void anEmptyLessonIsRefused() throws Exception {
        write("lessons/01-lesson-one.md", "---\ntitle: One\nminutes: 5\n---\n\n   \n");

        assertProblem("01-lesson-one.md", "the lesson has no text");
    }

    @Test
    void minutesMustBeAWholeNumber() throws Exception {
        write("lessons/01-lesson-one.md", "---\ntitle: One\nminutes: ten\n---\nText\n");

        assertProblem("01-lesson-one.md", "'minutes' must be a whole number");
    }

    @Test
    void aLessonFileWithTheWrongNameIsRefused() throws Exception {
        write("lessons/notes.md", "---\ntitle: Notes\nminutes: 1\n---\nText\n");

        assertProblem("notes.md", "lesson files are named NN-slug.md");
    }

    @Test
    void twoLessonsWithOneNumberAreRefused() throws Exception {
        write("lessons/02-another.md", "---\ntitle: Another\nminutes: 3\n---\nText\n");

        assertProblem("02-", "another lesson already has the number 2");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        Files.write(folder.resolve("lessons/01-lesson-one.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '('});

        assertProblem("01-lesson-one.md", "not UTF-8");
    }

    @Test
    void windowsLineEndingsAreRead() throws Exception {
        write("lessons/01-lesson-one.md", "---\r\ntitle: One\r\nminutes: 4\r\n---\r\nText\r\n");

        assertThat(ModuleFolderReader.read(folder).lessons().get(0).title()).isEqualTo("One");
    }

    private void write(String relative, String text) throws IOException {
        Files.writeString(folder.resolve(relative), text, StandardCharsets.UTF_8);
    }

    private void assertProblem(String fileNamePart, String problemPart) {
        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .isInstanceOf(ContentException.class)
                .satisfies(e ->
                        assertThat(((ContentException) e).file().toString()).contains(fileNamePart))
                .hasMessageContaining(problemPart);
    }
}
