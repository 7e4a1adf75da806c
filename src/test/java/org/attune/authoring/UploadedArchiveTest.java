package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.content.ContentException;
import org.attune.content.TestModules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An uploaded zip is read within its limits; every refusal says why, naming no place on the server. */
class UploadedArchiveTest {

    @TempDir
    Path scratch;

    @TempDir
    Path source;

    @Test
    void aPathOutsideTheModuleFolderIsRefused() throws Exception {
        var zip = TestModules.zip(
                "attunement/module.yaml", TestModules.moduleYaml("attunement"), "attunement/../../etc/passwd", "x");

        assertRefused(zip, "points outside the module folder");
        assertThat(Files.exists(scratch.resolve("../etc/passwd").normalize())).isFalse();
    }

    @Test
    void anAbsolutePathIsRefused() throws Exception {
        assertRefused(TestModules.zip("/etc/cron.d/attune", "x"), "points outside the module folder");
    }

    @Test
    void aZipBombIsStoppedAtTheSizeLimit() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb/lessons/01-bomb.md"));
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("50 MB of zeros compress to almost nothing").isLessThan(200_000);

        assertRefused(bytes.toByteArray(), "is larger than 1000000 bytes");
    }

    @Test
    void twoFoldersOrNoModuleFileIsTheWrongLayout() throws Exception {
        assertRefused(TestModules.zip("a/module.yaml", "x", "b/module.yaml", "y"), "exactly one module folder");
        assertRefused(
                TestModules.zip("a/lessons/01-one.md", TestModules.lesson("One", "Text")), "exactly one module folder");
    }

    @Test
    void malformedYamlIsNamedWithItsFile() throws Exception {
        var folder = TestModules.write(source, "broken", 1);
        Files.writeString(folder.resolve("module.yaml"), "slug: [broken");
        var zip = TestModules.zip(
                "broken/module.yaml",
                Files.readString(folder.resolve("module.yaml")),
                "broken/lessons/01-lesson-one.md",
                Files.readString(folder.resolve("lessons/01-lesson-one.md")));

        assertThatThrownBy(() -> UploadedArchive.read(new ByteArrayInputStream(zip), scratch))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("broken/module.yaml: is not valid YAML");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aZipOfAnotherModuleIsRefusedBeforeItsModuleFileIsRead() throws Exception {
        var zip = TestModules.zip(
                "other/module.yaml",
                TestModules.hostileModuleYaml("other"),
                "other/lessons/01-lesson-one.md",
                TestModules.lesson("One", "Text"));

        assertThatThrownBy(() -> UploadedArchive.read(new ByteArrayInputStream(zip), scratch, "mine"))
                .isInstanceOf(ContentException.class)
                .hasMessage("the zip: holds the module 'other', not 'mine'; import it into its own module");
    }

    @Test
    void noRefusalNamesTheServersScratchFolder() throws Exception {
        var zip = TestModules.zip(
                "m/module.yaml", TestModules.moduleYaml("m"), "m/lessons", "x", "m/lessons/01-one.md", "y");

        assertThatThrownBy(() -> UploadedArchive.read(new ByteArrayInputStream(zip), scratch))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("'m/lessons/01-one.md' clashes with another file or folder")
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain(scratch.toString())
                        .doesNotContain(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void aDamagedZipIsRefusedInPlainWordsWithoutTheUnzippersDiagnosis() throws Exception {
        var zip = TestModules.zip(
                "m/module.yaml", TestModules.moduleYaml("m"), "m/lessons/01-one.md", TestModules.lesson("One", "Text"));
        // Garble the first entry's compressed bytes (they follow its 30-byte header and its name).
        int data = 30 + "m/module.yaml".length();
        for (int i = data; i < data + 40; i++) {
            zip[i] = (byte) 0xff;
        }

        assertThatThrownBy(() -> UploadedArchive.read(new ByteArrayInputStream(zip), scratch))
                .isInstanceOf(ContentException.class)
                .hasMessage("the zip: is not a readable zip: it may be damaged or cut short; zip the module folder"
                        + " again and import that");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() throws Exception {
        assertRefused("just some text".getBytes(StandardCharsets.UTF_8), "not a zip file at all");
    }

    private void assertRefused(byte[] zip, String problem) throws Exception {
        var fresh = Files.createTempDirectory(scratch, "upload");
        assertThatThrownBy(() -> UploadedArchive.read(new ByteArrayInputStream(zip), fresh))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining(problem);
    }
}
