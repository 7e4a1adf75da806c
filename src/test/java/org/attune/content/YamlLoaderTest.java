package org.attune.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Module files are uploaded by instructors, so the YAML reader must refuse, quickly and briefly, what could take the
 * server down. The timeouts only stop a regression from hanging the build; nothing here measures speed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class YamlLoaderTest {

    private static final Path FILE = Path.of("m/module.yaml");

    @Test
    void aListUsedAsAKeyIsRefused() {
        assertRefused("title: x\n? [a, b]\n: c\n", "line 2: every key must be plain text");
    }

    @Test
    void aMappingUsedAsAKeyIsRefused() {
        assertRefused("{a: 1}: x\n", "line 1: every key must be plain text");
    }

    @Test
    void aMergeKeyIsRefused() {
        assertRefused("base: &b {title: x}\nmodule:\n  <<: *b\n", "line 3: every key must be plain text");
    }

    @Test
    void manyAliasesOfListsAreRefusedBeforeAnythingIsBuilt() {
        var yaml = new StringBuilder("a: &a [lol, lol]\n");
        for (char anchor = 'b'; anchor <= 'y'; anchor++) {
            char below = (char) (anchor - 1);
            yaml.append(anchor)
                    .append(": &")
                    .append(anchor)
                    .append(" [*")
                    .append(below)
                    .append(", *")
                    .append(below)
                    .append("]\n");
        }
        yaml.append("? [*y, *y]\n: lol\n");

        assertRefused(yaml.toString(), "uses more than 10 aliases (*name) of lists or mappings");
    }

    @Test
    void deepNestingIsRefused() {
        assertRefused("a: " + "[".repeat(20) + "]".repeat(20) + "\n", "more than 10 levels inside each other");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedUnread() {
        var yaml = "title: \"" + "é".repeat(YamlLoader.MAX_CODE_POINTS) + "\"\n";

        assertRefused(yaml, "is longer than 500000 characters");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        assertRefused("title: one\ntitle: two\n", "duplicate key title");
    }

    @Test
    void aSyntaxErrorNamesTheLineAndEchoesLittle() {
        var yaml = "title: x\n  broken: " + "y".repeat(50_000) + "\n";

        assertThatThrownBy(() -> YamlLoader.load(FILE, yaml))
                .hasMessageContaining("is not valid YAML at line 2")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(ContentException.MAX_MESSAGE));
    }

    @Test
    void aLongUnknownKeyIsQuotedShortly() throws Exception {
        var parsed = YamlLoader.load(FILE, "? " + "k".repeat(100_000) + "\n: x\n");

        assertThatThrownBy(() -> YamlMap.of(FILE, parsed, Set.of("title")))
                .hasMessageContaining("unknown key 'kkkk")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void theModuleFormatStillReads() throws Exception {
        var parsed =
                YamlLoader.load(FILE, "title: x\nobjectives:\n  - one\nquestions:\n  - choices:\n      - text: a\n");

        assertThat(parsed)
                .isEqualTo(Map.of(
                        "title",
                        "x",
                        "objectives",
                        List.of("one"),
                        "questions",
                        List.of(Map.of("choices", List.of(Map.of("text", "a"))))));
    }

    private static void assertRefused(String yaml, String problem) {
        assertThatThrownBy(() -> YamlLoader.load(FILE, yaml))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(ContentException.MAX_MESSAGE));
    }
}
