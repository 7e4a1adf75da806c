package org.attune.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.authoring.ContentImporter;

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

    /**
     * A module.yaml of about 450 bytes that used to take the server down (a "billion laughs"): a list nested 25
     * deep, each level an anchor holding the level below and two aliases of it, used as a mapping key. Hashing or
     * printing that key walks 3^25 paths.
     */
    public static String hostileModuleYaml(String slug) {
        var bomb = "&a [lol, lol, lol]";
        for (char anchor = 'b'; anchor <= 'y'; anchor++) {
            char below = (char) (anchor - 1);
            bomb = "&" + anchor + " [" + bomb + ", *" + below + ", *" + below + "]";
        }
        return moduleYaml(slug).replace("references:", "? " + bomb + "\n: lol\nreferences:");
    }

    /** A quiz for a module written by {@link #write} with at least two lessons: one question of each type. */
    public static String quizYaml() {
        return """
                passingScore: 75
                attemptsAllowed: 3
                waitMinutes: 10
                timeLimitMinutes: 20
                shuffle: false
                drawCount: 4
                display: all
                feedback: wrong
                questions:
                  - id: q1
                    type: single
                    lesson: lesson-one
                    prompt: "A client's voice drops and slows. What comes first?"
                    choices:
                      - text: "Join the state"
                        correct: true
                      - text: "Name it"
                      - text: "Change the subject"
                    rationale: "Joining comes first."
                  - id: q2
                    type: multiple
                    scoring: partial
                    lesson: lesson-two
                    prompt: "Which are social cues?"
                    choices:
                      - text: "Posture"
                        correct: true
                      - text: "Pace of speech"
                        correct: true
                      - text: "The weather"
                    rationale: "Posture and pace carry state."
                  - id: q3
                    type: truefalse
                    lesson: lesson-one
                    prompt: "Misattunement cannot be repaired."
                    answer: false
                    rationale: "Repair is part of attunement."
                  - id: q4
                    type: ordering
                    lesson: lesson-two
                    prompt: "Put the movements of attunement in order."
                    steps: ["Notice", "Join", "Return"]
                    rationale: "Notice, join, then guide the return."
                  - id: q5
                    type: matching
                    lesson: lesson-one
                    prompt: "Match each term."
                    pairs:
                      - term: "Rupture"
                        match: "A break in attunement"
                      - term: "Repair"
                        match: "Restoring the connection"
                    rationale: "Rupture and repair."
                """;
    }

    /** The Spanish text of {@link #quizYaml}: every question, with its choices, steps and pairs in the same order. */
    public static String quizEsYaml() {
        return """
                questions:
                  - id: q1
                    prompt: "La voz de una clienta baja y se vuelve lenta. ¿Qué viene primero?"
                    choices: ["Acompañar el estado", "Nombrarlo", "Cambiar de tema"]
                    rationale: "Primero se acompaña."
                  - id: q2
                    prompt: "¿Cuáles son señales sociales?"
                    choices: ["La postura", "El ritmo del habla", "El clima"]
                    rationale: "La postura y el ritmo transmiten el estado."
                  - id: q3
                    prompt: "Una falla de sintonía no tiene reparación."
                    rationale: "La reparación forma parte de la sintonía."
                  - id: q4
                    prompt: "Ordene los movimientos de la sintonía."
                    steps: ["Notar", "Acompañar", "Volver"]
                    rationale: "Notar, acompañar y luego guiar el regreso."
                  - id: q5
                    prompt: "Relacione cada término."
                    pairs:
                      - term: "Ruptura"
                        match: "Una interrupción de la sintonía"
                      - term: "Reparación"
                        match: "Restablecer la conexión"
                    rationale: "Ruptura y reparación."
                """;
    }

    /** A course.yaml for the modules beside it: "auto" issues certificates at once, "approval" waits for an admin. */
    public static String courseYaml(String slug, String issue) {
        return """
                slug: %s
                title: "Course %s"
                provider: "Test Provider"
                approvalStatement: "Test Provider maintains responsibility for this program."
                issue: %s
                requireReadingTime: false
                summary: "A course written by a test."
                scopeNote: "Educational; not a substitute for supervision."
                evaluation:
                  - id: objectives
                    type: rating
                    prompt: "The course met its objectives."
                  - id: change
                    type: text
                    prompt: "What will you change?"
                """.formatted(slug, slug, issue);
    }

    /**
     * Imports, as the start-up import does, a course of one module: the module's slug is the course's plus "-m", with
     * two lessons and the post-test of {@link #quizYaml}. Returns the course's slug.
     */
    public static String importCourse(ContentImporter importer, String slug, String issue) throws IOException {
        var root = Files.createTempDirectory("course");
        Files.writeString(root.resolve("course.yaml"), courseYaml(slug, issue));
        Files.writeString(write(root, slug + "-m", 2).resolve("quiz.yaml"), quizYaml());
        importer.importFrom(root);
        return slug;
    }

    public static String lesson(String title, String text) {
        return "---\ntitle: " + title + "\nminutes: 5\n---\n" + text + "\n";
    }

    /** A zip of the given entries: names and their texts, alternately. */
    public static byte[] zip(String... namesAndTexts) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
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
