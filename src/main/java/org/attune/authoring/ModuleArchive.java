package org.attune.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.attune.content.ContentException;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleFolderReader;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuizDefinition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A module as a zip in the {@code modules/} folder format ({@code slug/module.yaml}, {@code slug/lessons/NN-slug.md},
 * {@code slug/quiz.yaml}). Export then import gives back the same module. Reading refuses, with a message, a zip
 * that is not one module folder, that reaches outside it, that has too many or too large files, or whose content
 * does not read.
 */
public final class ModuleArchive {

    static final int MAX_ENTRIES = 200;
    static final long MAX_FILE_BYTES = 1_000_000;
    static final long MAX_TOTAL_BYTES = 10_000_000;

    private ModuleArchive() {}

    public static byte[] export(ModuleDefinition module) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            var root = module.slug() + "/";
            put(zip, root + "module.yaml", yaml().dump(moduleYaml(module)));
            for (var lesson : module.lessons()) {
                var front = new LinkedHashMap<String, Object>();
                front.put("title", lesson.title());
                front.put("minutes", lesson.minutes());
                put(
                        zip,
                        root + "lessons/%02d-%s.md".formatted(lesson.position(), lesson.slug()),
                        "---\n" + yaml().dump(front) + "---\n\n" + lesson.markdown() + "\n");
            }
            if (module.quiz() != null) {
                put(zip, root + "quiz.yaml", yaml().dump(quizYaml(module.quiz())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The module as it reads back after export through the strict {@code modules/} reader: the last step before a
     * draft is published, so that every revision is exactly what its exported folder holds.
     */
    public static ModuleDefinition roundTrip(ModuleDefinition module) throws ContentException {
        java.nio.file.Path scratch = null;
        try {
            scratch = Files.createTempDirectory("attune-check");
            return read(new java.io.ByteArrayInputStream(export(module)), scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(scratch);
        }
    }

    static void deleteTree(java.nio.file.Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A scratch folder left behind in the server's temp directory does no harm.
        }
    }

    /** Reads an uploaded zip into the scratch folder and through the strict module reader. */
    public static ModuleDefinition read(InputStream upload, Path scratch) throws ContentException {
        return readFolder(unpack(upload, scratch), scratch);
    }

    /**
     * Reads an uploaded zip that must hold the module with the given slug: a zip of another module folder is
     * refused as soon as it is unpacked, before any of its files is read.
     */
    public static ModuleDefinition read(InputStream upload, Path scratch, String slug) throws ContentException {
        var folder = unpack(upload, scratch);
        if (!folder.getFileName().toString().equals(slug)) {
            throw new ContentException(
                    Path.of("the zip"),
                    "holds the module '" + folder.getFileName() + "', not '" + slug
                            + "'; import it into its own module");
        }
        return readFolder(folder, scratch);
    }

    /**
     * Unpacks the zip into the scratch folder and returns its one module folder. Every message names entries as
     * the zip does, never the scratch folder's place on the server.
     */
    private static Path unpack(InputStream upload, Path scratch) throws ContentException {
        var archive = Path.of("the zip");
        var folders = new HashSet<String>();
        int entries = 0;
        long total = 0;
        try (var zip = new ZipInputStream(upload, StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ContentException(archive, "has more than " + MAX_ENTRIES + " files");
                }
                var name = entry.getName();
                if (name.startsWith("/")
                        || name.contains("\\")
                        || name.contains(":")
                        || List.of(name.split("/")).contains("..")) {
                    throw new ContentException(archive, "'" + name + "' points outside the module folder");
                }
                folders.add(name.split("/")[0]);
                var target = scratch.resolve(name).normalize();
                if (!target.startsWith(scratch)) {
                    throw new ContentException(archive, "'" + name + "' points outside the module folder");
                }
                try {
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    total += copy(zip, target, name, archive, MAX_TOTAL_BYTES - total);
                } catch (FileSystemException e) {
                    throw new ContentException(
                            archive, "'" + name + "' clashes with another file or folder of the same name in the zip");
                }
            }
        } catch (IOException e) {
            // A damaged zip: ZipInputStream's messages describe the zip's bytes, and name no place on the server.
            throw new ContentException(
                    archive,
                    "is not a readable zip"
                            + (e instanceof ZipException && e.getMessage() != null ? " (" + e.getMessage() + ")" : ""));
        }
        if (entries == 0) {
            throw new ContentException(archive, "is empty, or not a zip file at all");
        }
        if (folders.size() != 1
                || !Files.isRegularFile(
                        scratch.resolve(folders.iterator().next()).resolve("module.yaml"))) {
            throw new ContentException(archive, "must hold exactly one module folder with its module.yaml inside");
        }
        return scratch.resolve(folders.iterator().next());
    }

    /** Reads the unpacked folder, naming files as the zip does (slug/lessons/01-x.md). */
    private static ModuleDefinition readFolder(Path folder, Path scratch) throws ContentException {
        try {
            return ModuleFolderReader.read(folder);
        } catch (ContentException e) {
            throw new ContentException(scratch.relativize(e.file()), e.problem());
        }
    }

    /** Copies one entry, counting the bytes really written: a zip's own size fields can lie (zip bombs). */
    private static long copy(InputStream in, Path target, String name, Path archive, long budget)
            throws IOException, ContentException {
        long written = 0;
        var buffer = new byte[8192];
        try (var out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > MAX_FILE_BYTES) {
                    throw new ContentException(archive, "'" + name + "' is larger than " + MAX_FILE_BYTES + " bytes");
                }
                if (written > budget) {
                    throw new ContentException(archive, "unpacks to more than " + MAX_TOTAL_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static Map<String, Object> moduleYaml(ModuleDefinition module) {
        var yaml = new LinkedHashMap<String, Object>();
        yaml.put("slug", module.slug());
        yaml.put("title", module.title());
        yaml.put("order", module.order());
        yaml.put("ceHours", module.ceHours().doubleValue());
        yaml.put("summary", module.summary());
        yaml.put("objectives", module.objectives());
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
                if (q.type() == org.attune.content.QuestionType.MULTIPLE) {
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
