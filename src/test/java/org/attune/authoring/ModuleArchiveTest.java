package org.attune.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.content.ModuleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module exported as a zip reads back as the same module. */
class ModuleArchiveTest {

    @TempDir
    Path scratch;

    @Test
    void everyModuleOfTheCourseRoundTripsThroughAZip() throws Exception {
        var modules = ModuleLibrary.read(Path.of("modules")).modules();
        assertThat(modules).isNotEmpty();
        for (var module : modules) {
            var again = UploadedArchive.read(
                    new ByteArrayInputStream(ModuleArchive.export(module)), Files.createTempDirectory(scratch, "m"));
            assertThat(again).as(module.slug()).isEqualTo(module);
            assertThat(again.contentHash()).isEqualTo(module.contentHash());
        }
    }
}
