package org.attune.content;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one module folder ({@code module.yaml}, {@code lessons/NN-slug.md}, {@code quiz.yaml} and its translations,
 * {@code lessons/es/NN-slug.md} and {@code quiz.es.yaml}, as {@code modules/README.md} documents) into a
 * {@link ModuleDefinition}. Strict on purpose: a typo in a key, a missing title or an empty
 * lesson is reported with the file's name rather than imported half right.
 */
public final class ModuleFolderReader {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2})-(" + SLUG.pattern() + ")\\.md");
    private static final Set<String> MODULE_KEYS =
            Set.of("slug", "title", "order", "ceHours", "summary", "objectives", "references", "language");
    private static final Set<String> LESSON_KEYS = Set.of("title", "minutes");
    private static final long MAX_FILE_BYTES = 1_000_000;

    private ModuleFolderReader() {}

    public static ModuleDefinition read(Path folder) throws ContentException {
        var moduleFile = folder.resolve("module.yaml");
        var yaml = YamlMap.of(moduleFile, YamlLoader.load(moduleFile, readText(moduleFile)), MODULE_KEYS);
        var slug = yaml.requiredString("slug");
        var folderName = folder.getFileName().toString();
        if (!slug.equals(folderName)) {
            throw new ContentException(
                    moduleFile, "slug '" + slug + "' must equal the folder name '" + folderName + "'");
        }
        if (!SLUG.matcher(slug).matches()) {
            throw new ContentException(
                    moduleFile, "slug '" + slug + "' may use only lower-case letters, digits and hyphens");
        }
        BigDecimal ceHours = yaml.requiredNumber("ceHours");
        if (ceHours.signum() <= 0 || ceHours.compareTo(BigDecimal.valueOf(40)) > 0) {
            throw new ContentException(moduleFile, "ceHours must be more than 0 and at most 40");
        }
        var lessons = readLessons(folder.resolve("lessons"));
        var quizFile = folder.resolve("quiz.yaml");
        var quiz = Files.exists(quizFile)
                ? QuizReader.read(
                        quizFile, lessons.stream().map(LessonDefinition::slug).collect(Collectors.toSet()))
                : null;
        var language = orEnglish(yaml.optionalString("language"));
        if (!Translations.LANGUAGE.matcher(language).matches()) {
            throw new ContentException(
                    moduleFile, "language '" + language + "' must be a two-letter code such as en or es");
        }
        var translationFiles = readTranslationFiles(folder);
        Translations.checkLessonNumbers(folder, translationFiles, lessons);
        var translations = Translations.parse(folder, translationFiles);
        Translations.check(folder, language, translations, lessons, quiz);
        return new ModuleDefinition(
                slug,
                yaml.requiredString("title"),
                yaml.requiredInt("order"),
                ceHours,
                yaml.requiredString("summary"),
                yaml.requiredStrings("objectives"),
                readReferences(yaml),
                lessons,
                quiz,
                language,
                translations);
    }

    private static String orEnglish(String language) {
        return language == null ? ModuleDefinition.ENGLISH : language;
    }

    /** The translation files, by path relative to the folder: lessons/xx/NN-slug.md and quiz.xx.yaml. */
    private static Map<String, String> readTranslationFiles(Path folder) throws ContentException {
        var files = new TreeMap<String, String>();
        for (var dir : list(folder.resolve("lessons")).stream()
                .filter(Files::isDirectory)
                .toList()) {
            var language = dir.getFileName().toString();
            if (!Translations.LANGUAGE.matcher(language).matches()) {
                throw new ContentException(
                        dir, "a folder inside lessons/ holds a translation and is named by its language, e.g. es");
            }
            for (var file : list(dir)) {
                var path = "lessons/" + language + "/" + file.getFileName();
                if (!Translations.isTranslationFile(path)) {
                    throw new ContentException(file, "translated lessons are named as their originals, NN-slug.md");
                }
                files.put(path, readText(file));
            }
        }
        for (var file : list(folder)) {
            var name = file.getFileName().toString();
            if (name.startsWith("quiz.") && !name.equals("quiz.yaml")) {
                if (!Translations.isTranslationFile(name)) {
                    throw new ContentException(
                            file, "a post-test translation is named quiz.xx.yaml, e.g. quiz.es.yaml");
                }
                files.put(name, readText(file));
            }
        }
        return files;
    }

    private static List<Path> list(Path dir) throws ContentException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ContentException(dir, "cannot be listed" + reason(e));
        }
    }

    private static List<Reference> readReferences(YamlMap yaml) throws ContentException {
        var references = new ArrayList<Reference>();
        for (var entry : yaml.optionalMaps("references", Set.of("title", "author", "year"))) {
            references.add(new Reference(
                    entry.requiredString("title"), entry.optionalString("author"), entry.optionalInt("year")));
        }
        return references;
    }

    private static List<LessonDefinition> readLessons(Path lessonsDir) throws ContentException {
        if (!Files.isDirectory(lessonsDir)) {
            throw new ContentException(lessonsDir, "the lessons folder is missing");
        }
        // Folders inside lessons/ are translations (lessons/es/), read beside the module.
        var files = list(lessonsDir).stream().filter(p -> !Files.isDirectory(p)).toList();
        if (files.isEmpty()) {
            throw new ContentException(lessonsDir, "has no lessons");
        }
        var lessons = new ArrayList<LessonDefinition>();
        var positions = new HashSet<Integer>();
        var slugs = new HashSet<String>();
        for (var file : files) {
            var lesson = readLesson(file);
            if (!positions.add(lesson.position())) {
                throw new ContentException(file, "another lesson already has the number " + lesson.position());
            }
            if (!slugs.add(lesson.slug())) {
                throw new ContentException(file, "another lesson already has the slug '" + lesson.slug() + "'");
            }
            lessons.add(lesson);
        }
        return lessons;
    }

    static LessonDefinition readLesson(Path file) throws ContentException {
        var name = LESSON_FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new ContentException(file, "lesson files are named NN-slug.md, e.g. 01-what-attunement-is.md");
        }
        var read = frontMatter(file, readText(file), LESSON_KEYS);
        var front = read.front();
        var body = read.body();
        int minutes = front.requiredInt("minutes");
        if (minutes < 1 || minutes > 600) {
            throw new ContentException(file, "minutes must be between 1 and 600");
        }
        return new LessonDefinition(
                name.group(2), Integer.parseInt(name.group(1)), front.requiredString("title"), minutes, body);
    }

    /** A lesson file's front matter (with only the keys given) and its text, which may not be empty. */
    record FrontMatter(YamlMap front, String body) {}

    static FrontMatter frontMatter(Path file, String content, Set<String> keys) throws ContentException {
        var text = content.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new ContentException(file, "the lesson must begin with a front matter block between '---' lines");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new ContentException(file, "the front matter block is not closed with a '---' line");
        }
        var front = YamlMap.of(file, YamlLoader.load(file, text.substring(4, end + 1)), keys);
        var body = text.substring(end + 5).strip();
        if (body.isEmpty()) {
            throw new ContentException(file, "the lesson has no text");
        }
        return new FrontMatter(front, body);
    }

    static String readText(Path file) throws ContentException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ContentException(file, "the file is missing");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ContentException(file, "the file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(file, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new ContentException(file, "cannot be read" + reason(e));
        }
    }

    /**
     * Why a file could not be read, without the path the exception names: the file is already named, and the path
     * of an uploaded zip's scratch folder on the server is nobody's business.
     */
    private static String reason(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? " (" + f.getReason() + ")" : "";
    }
}
