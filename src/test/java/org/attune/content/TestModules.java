package org.attune.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small, valid module folders for tests to read, break and import. */
public final class TestModules {

    private TestModules() {}

    public static String moduleYaml(String slug) {
        return """
                slug: %s
                title: Module %s
                order: 1
                ceHours: 1.25
                summary: A module written by a test.
                objectives:
                  - Name the three movements of attunement.
                references:
                  - title: A source
                    author: A. Author
                    year: 2017
                """.formatted(slug, slug);
    }

    public static String lesson(String title, String text) {
        return "---\ntitle: " + title + "\nminutes: 5\n---\n" + text + "\n";
    }

    /** A module folder under the root with the given number of lessons, named lesson-one, lesson-two, ... */
    public static Path write(Path root, String slug, int lessons) throws IOException {
        var folder =
                Files.createDirectories(root.resolve(slug).resolve("lessons")).getParent();
        Files.writeString(folder.resolve("module.yaml"), moduleYaml(slug));
        String[] names = {"one", "two", "three", "four", "five"};
        for (int i = 1; i <= lessons; i++) {
            Files.writeString(
                    folder.resolve("lessons/%02d-lesson-%s.md".formatted(i, names[i - 1])),
                    lesson("Lesson " + i, "Text of lesson " + i + "."));
        }
        return folder;
    }
}
