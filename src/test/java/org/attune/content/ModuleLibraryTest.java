package org.attune.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleLibraryTest {

    @TempDir
    Path root;

    @Test
    void aMalformedFolderIsReportedWhileTheOthersRead() throws Exception {
        TestModules.write(root, "first", 1);
        var broken = TestModules.write(root, "broken", 1);
        Files.writeString(broken.resolve("module.yaml"), "title: [oops");
        TestModules.write(root, "third", 2);

        var contents = ModuleLibrary.read(root);

        assertThat(contents.modules()).extracting(ModuleDefinition::slug).containsExactly("first", "third");
        assertThat(contents.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo(broken.resolve("module.yaml"));
            assertThat(failure.getMessage()).contains("is not valid YAML");
        });
    }

    @Test
    void hiddenFoldersUnderscoreFoldersAndLooseFilesAreNotModules() throws Exception {
        TestModules.write(root, "only", 1);
        Files.createDirectory(root.resolve(".git"));
        Files.writeString(Files.createDirectory(root.resolve("_accreditors")).resolve("apa.yaml"), "name: APA");
        Files.writeString(root.resolve("README.md"), "# Modules");

        assertThat(ModuleLibrary.read(root).modules())
                .extracting(ModuleDefinition::slug)
                .containsExactly("only");
        assertThat(ModuleLibrary.read(root).failures()).isEmpty();
    }
}
