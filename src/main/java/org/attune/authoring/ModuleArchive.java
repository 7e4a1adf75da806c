package org.attune.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attune.content.ContentException;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.attune.content.QuizDefinition;
import org.attune.content.Translations;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A module written as a zip in the {@code modules/} folder format ({@code slug/module.yaml},
 * {@code slug/lessons/NN-slug.md}, {@code slug/quiz.yaml}, and its translations: {@code slug/lessons/es/NN-slug.md}, {@code slug/quiz.es.yaml}). Export then import ({@link UploadedArchive}) gives back
 * the same module; every published revision is exactly what its exported folder holds.
 */
public final class ModuleArchive {

    private ModuleArchive() {}

    public static byte[] export(ModuleDefinition module) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files(module).entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The files of the module's folder, by path ({@code slug/module.yaml} first), each with its text. */
    public static Map<String, String> files(ModuleDefinition module) {
        var files = new LinkedHashMap<String, String>();
        var root = module.slug() + "/";
        files.put(root + "module.yaml", yaml().dump(moduleYaml(module)));
        for (var lesson : module.lessons()) {
            var front = new LinkedHashMap<String, Object>();
            front.put("title", lesson.title());
            front.put("minutes", lesson.minutes());
            files.put(
                    root + "lessons/%02d-%s.md".formatted(lesson.position(), lesson.slug()),
                    "---\n" + yaml().dump(front) + "---\n\n" + lesson.markdown() + "\n");
        }
        if (module.quiz() != null) {
            files.put(root + "quiz.yaml", yaml().dump(quizYaml(module.quiz())));
        }
        Translations.files(module).forEach((path, text) -> files.put(root + path, text));
        return files;
    }

    /**
     * The module as it reads back after export through the strict {@code modules/} reader: the last step before a
     * draft is published, so that every revision is exactly what its exported folder holds.
     */
    public static ModuleDefinition roundTrip(ModuleDefinition module) throws ContentException {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("attune-check");
            return UploadedArchive.read(new ByteArrayInputStream(export(module)), scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            UploadedArchive.deleteTree(scratch);
        }
    }

    private static Map<String, Object> moduleYaml(ModuleDefinition module) {
        var yaml = new LinkedHashMap<String, Object>();
        yaml.put("slug", module.slug());
        yaml.put("title", module.title());
        yaml.put("order", module.order());
        yaml.put("ceHours", module.ceHours().doubleValue());
        yaml.put("summary", module.summary());
        yaml.put("objectives", module.objectives());
        if (!module.language().equals(ModuleDefinition.ENGLISH)) {
            yaml.put("language", module.language());
        }
        var references = new ArrayList<Map<String, Object>>();
        for (var reference : module.references()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("title", reference.title());
            if (reference.author() != null) {
                entry.put("author", reference.author());
            }
            if (reference.year() != null) {
                entry.put("year", reference.year());
            }
            references.add(entry);
        }
        if (!references.isEmpty()) {
            yaml.put("references", references);
        }
        return yaml;
    }

    private static Map<String, Object> quizYaml(QuizDefinition quiz) {
        var settings = quiz.settings();
        var yaml = new LinkedHashMap<String, Object>();
        yaml.put("passingScore", settings.passingScore());
        if (settings.attemptsAllowed() != null) {
            yaml.put("attemptsAllowed", settings.attemptsAllowed());
        }
        yaml.put("waitMinutes", settings.waitMinutes());
        if (settings.timeLimitMinutes() != null) {
            yaml.put("timeLimitMinutes", settings.timeLimitMinutes());
        }
        yaml.put("shuffle", settings.shuffle());
        if (settings.drawCount() != null) {
            yaml.put("drawCount", settings.drawCount());
        }
        yaml.put("display", settings.oneAtATime() ? "one" : "all");
        yaml.put("feedback", settings.feedback().yamlName());
        yaml.put(
                "questions",
                quiz.questions().stream().map(ModuleArchive::questionYaml).toList());
        return yaml;
    }

    private static Map<String, Object> questionYaml(QuestionDefinition q) {
        var yaml = new LinkedHashMap<String, Object>();
        yaml.put("id", q.key());
        yaml.put("type", q.type().name().toLowerCase(Locale.ROOT));
        yaml.put("lesson", q.lesson());
        yaml.put("prompt", q.prompt());
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                yaml.put(
                        "choices",
                        q.choices().stream()
                                .map(c -> {
                                    var choice = new LinkedHashMap<String, Object>();
                                    choice.put("text", c.text());
                                    if (c.correct()) {
                                        choice.put("correct", true);
                                    }
                                    return choice;
                                })
                                .toList());
                if (q.type() == QuestionType.MULTIPLE) {
                    yaml.put("scoring", q.partialCredit() ? "partial" : "all-or-nothing");
                }
            }
            case TRUEFALSE -> yaml.put("answer", q.answer());
            case ORDERING -> yaml.put("steps", q.steps());
            case MATCHING ->
                yaml.put(
                        "pairs",
                        q.pairs().stream()
                                .map(p -> {
                                    var pair = new LinkedHashMap<String, Object>();
                                    pair.put("term", p.term());
                                    pair.put("match", p.match());
                                    return pair;
                                })
                                .toList());
        }
        yaml.put("rationale", q.rationale());
        return yaml;
    }

    private static Yaml yaml() {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
