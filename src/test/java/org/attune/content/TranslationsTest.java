package org.attune.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module folder's translations (lessons/es/NN-slug.md, quiz.es.yaml): read, checked against the original. */
class TranslationsTest {

    @TempDir
    Path root;

    private Path folder;

    @BeforeEach
    void writeAModuleWithAPostTest() throws IOException {
        folder = TestModules.write(root, "attunement", 2);
        write("quiz.yaml", TestModules.quizYaml());
    }

    @Test
    void aSpanishLessonAndPostTestAreReadBesideTheOriginal() throws Exception {
        write("lessons/es/01-lesson-one.md", "---\ntitle: Lección 1\n---\nTexto de la lección 1.\n");
        write("quiz.es.yaml", TestModules.quizEsYaml());

        var module = ModuleFolderReader.read(folder);

        assertThat(module.language()).isEqualTo("en");
        var spanish = module.translation("es").orElseThrow();
        assertThat(spanish.lesson("lesson-one").orElseThrow().title()).isEqualTo("Lección 1");
        assertThat(spanish.lesson("lesson-one").orElseThrow().markdown()).isEqualTo("Texto de la lección 1.");
        assertThat(spanish.lesson("lesson-two")).isEmpty();
        assertThat(spanish.question("q1").orElseThrow().choices())
                .containsExactly("Acompañar el estado", "Nombrarlo", "Cambiar de tema");
        assertThat(spanish.question("q5").orElseThrow().pairs()).hasSize(2);
        assertThat(module.lessons()).hasSize(2);
        assertThat(module.quiz().questions().get(0).choices().get(0).text()).isEqualTo("Join the state");
    }

    @Test
    void aTranslationIsPartOfTheModulesFingerprint() throws Exception {
        var untranslated = ModuleFolderReader.read(folder).contentHash();
        write("lessons/es/01-lesson-one.md", "---\ntitle: Lección 1\n---\nTexto.\n");

        assertThat(ModuleFolderReader.read(folder).contentHash()).isNotEqualTo(untranslated);
    }

    @Test
    void anUntranslatedEnglishModuleKeepsTheFingerprintItHadBeforeLanguages() throws Exception {
        var module = ModuleFolderReader.read(folder);
        var withoutLanguage = module.toString().replace(", language=en, translations=[]]", "]");

        assertThat(module.contentHash()).isEqualTo(Fingerprint.of(withoutLanguage));
    }

    @Test
    void aQuizTranslationWithAChoiceMissingIsRefusedNamingTheFileAndQuestion() throws Exception {
        write("quiz.es.yaml", TestModules.quizEsYaml().replace(", \"Cambiar de tema\"", ""));

        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("quiz.es.yaml")
                .hasMessageContaining("question 1 (q1)")
                .hasMessageContaining("the original has 3 choices and the translation 2");
    }

    @Test
    void aQuizTranslationLeavingOutAQuestionIsRefused() throws Exception {
        var withoutQ3 = TestModules.quizEsYaml().replaceAll("(?s)  - id: q3.*?(?=  - id: q4)", "");
        write("quiz.es.yaml", withoutQ3);

        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .hasMessageContaining("quiz.es.yaml")
                .hasMessageContaining("question 3 (q3): not translated");
    }

    @Test
    void aQuizTranslationWithAQuestionTheOriginalLacksIsRefused() throws Exception {
        write(
                "quiz.es.yaml",
                TestModules.quizEsYaml() + "  - id: q9\n    prompt: \"¿Otra?\"\n    rationale: \"No.\"\n");

        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .hasMessageContaining("quiz.es.yaml: quiz.yaml has no question 'q9'");
    }

    @Test
    void aTranslatedLessonTheModuleLacksOrRenumberedIsRefused() throws Exception {
        write("lessons/es/03-lesson-three.md", "---\ntitle: Lección 3\n---\nTexto.\n");
        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .hasMessageContaining("'lesson-three' is not a lesson of this module");

        Files.delete(folder.resolve("lessons/es/03-lesson-three.md"));
        write("lessons/es/02-lesson-one.md", "---\ntitle: Lección 1\n---\nTexto.\n");
        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .hasMessageContaining("lessons/es/02-lesson-one.md")
                .hasMessageContaining("the original is 01-lesson-one.md");
    }

    @Test
    void aTranslatedLessonTakesOnlyATitleAndText() throws Exception {
        write("lessons/es/01-lesson-one.md", "---\ntitle: Lección 1\nminutes: 9\n---\nTexto.\n");

        assertThatThrownBy(() -> ModuleFolderReader.read(folder))
                .hasMessageContaining("lessons/es/01-lesson-one.md")
                .hasMessageContaining("minutes");
    }

    @Test
    void aTranslationIntoTheModulesOwnLanguageIsRefused() throws Exception {
        write("module.yaml", Files.readString(folder.resolve("module.yaml")) + "language: es\n");
        write("lessons/es/01-lesson-one.md", "---\ntitle: Lección 1\n---\nTexto.\n");

        assertThatThrownBy(() -> ModuleFolderReader.read(folder)).hasMessageContaining("the module is written in 'es'");
    }

    @Test
    void aHostileTranslatedLessonIsKeptAsWrittenAndSanitizedWhenRendered() throws Exception {
        write(
                "lessons/es/01-lesson-one.md",
                "---\ntitle: Lección 1\n---\nHola <script>alert(1)</script>"
                        + " <a href=\"javascript:alert(2)\" onclick=\"x()\">enlace</a>\n");

        var markdown = ModuleFolderReader.read(folder)
                .translation("es")
                .orElseThrow()
                .lesson("lesson-one")
                .orElseThrow()
                .markdown();
        var html = MarkdownRenderer.toSafeHtml(markdown);

        assertThat(html).contains("Hola").contains("enlace");
        assertThat(html).doesNotContain("<script", "javascript:", "onclick");
    }

    @Test
    void translationsWriteBackToTheFilesTheyWereReadFrom() throws Exception {
        write("lessons/es/02-lesson-two.md", "---\ntitle: Lección 2\n---\nTexto de la lección 2.\n");
        write("quiz.es.yaml", TestModules.quizEsYaml());
        var module = ModuleFolderReader.read(folder);

        var files = Translations.files(module);

        assertThat(files).containsOnlyKeys("lessons/es/02-lesson-two.md", "quiz.es.yaml");
        assertThat(Translations.parse(folder, files)).isEqualTo(module.translations());
    }

    private void write(String path, String text) throws IOException {
        var file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
