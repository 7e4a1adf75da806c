package org.attune.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The course as it stands in {@code modules/}: every folder reads, and every sentence is our own. */
class CurriculumTest {

    private static final Path MODULES = Path.of("modules");
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final int RUN = 10;
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    @Test
    void everyModuleFolderReads() throws IOException {
        var contents = ModuleLibrary.read(MODULES);

        assertThat(contents.failures()).extracting(ContentException::getMessage).isEmpty();
        assertThat(contents.modules()).isNotEmpty();
        assertThat(contents.modules())
                .allSatisfy(
                        module -> assertThat(module.lessons()).as(module.slug()).isNotEmpty());
    }

    /**
     * No run of ten consecutive words (case and punctuation ignored) from any source article appears in a lesson,
     * a quiz, or a module's title, summary or objectives. Reference titles are exempt: a citation names its source
     * by its exact title.
     */
    @Test
    void noRunOfTenWordsFromASourceArticleAppearsInTheCourse() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the source articles are in ../shared/seeds beside the checkout");
        var seedRuns = new HashMap<String, String>();
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (var seed : seeds.toList()) {
                runs(Files.readString(seed))
                        .forEach(run ->
                                seedRuns.putIfAbsent(run, seed.getFileName().toString()));
            }
        }
        assertThat(seedRuns).as("the seed articles were read").isNotEmpty();

        var copied = new ArrayList<String>();
        for (var entry : courseTexts().entrySet()) {
            for (var run : runs(entry.getValue())) {
                if (seedRuns.containsKey(run)) {
                    copied.add(entry.getKey() + ": \"" + run + "\" (from " + seedRuns.get(run) + ")");
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    private static Map<String, String> courseTexts() throws IOException {
        var texts = new HashMap<String, String>();
        for (var module : ModuleLibrary.read(MODULES).modules()) {
            var folder = MODULES.resolve(module.slug());
            texts.put(
                    folder.resolve("module.yaml").toString(),
                    String.join("\n", module.title(), module.summary(), String.join("\n", module.objectives())));
            module.lessons().forEach(l -> texts.put(folder + "/lessons/" + l.slug(), l.title() + "\n" + l.markdown()));
            var quiz = folder.resolve("quiz.yaml");
            if (Files.exists(quiz)) {
                texts.put(quiz.toString(), Files.readString(quiz));
            }
        }
        return texts;
    }

    private static List<String> runs(String text) {
        var words = new ArrayList<String>();
        var matcher =
                WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\''));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        var runs = new ArrayList<String>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
