package org.attune.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.content.QuestionDefinition.Pair;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A module's translation files ({@code lessons/es/NN-slug.md}, {@code quiz.es.yaml}; format in
 * {@code modules/README.md}) read into {@link ModuleTranslation}s and written back. Reading is as strict as the rest
 * of a module folder, and a translation is checked against the module it translates: a lesson the module does not
 * have, or a post-test translation whose questions, choices, steps or pairs differ from the original's, is refused
 * with the file and the question.
 */
public final class Translations {

    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern LESSON_PATH = Pattern.compile(
            "lessons/(" + LANGUAGE.pattern() + ")/(\\d{2})-(" + ModuleFolderReader.SLUG.pattern() + ")\\.md");
    private static final Pattern QUIZ_PATH = Pattern.compile("quiz\\.(" + LANGUAGE.pattern() + ")\\.yaml");
    private static final Set<String> LESSON_KEYS = Set.of("title");
    private static final Set<String> QUIZ_KEYS = Set.of("questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "prompt", "choices", "steps", "pairs", "rationale");

    private Translations() {}

    /** Whether the path (relative to the module folder) names a translation file. */
    public static boolean isTranslationFile(String path) {
        return LESSON_PATH.matcher(path).matches() || QUIZ_PATH.matcher(path).matches();
    }

    /**
     * Reads translation files (paths relative to the module folder {@code root}, each with its text) into one
     * translation per language. Checks each file on its own, not against the module: {@link #check} does that.
     */
    public static List<ModuleTranslation> parse(Path root, Map<String, String> files) throws ContentException {
        var lessons = new TreeMap<String, Map<String, ModuleTranslation.Lesson>>();
        var questions = new TreeMap<String, Map<String, ModuleTranslation.Question>>();
        for (var file : new TreeMap<>(files).entrySet()) {
            var path = root.resolve(file.getKey());
            Matcher lesson = LESSON_PATH.matcher(file.getKey());
            Matcher quiz = QUIZ_PATH.matcher(file.getKey());
            if (lesson.matches()) {
                var read = ModuleFolderReader.frontMatter(path, file.getValue(), LESSON_KEYS);
                var byLanguage = lessons.computeIfAbsent(lesson.group(1), l -> new HashMap<>());
                if (byLanguage.put(
                                lesson.group(3),
                                new ModuleTranslation.Lesson(read.front().requiredString("title"), read.body()))
                        != null) {
                    throw new ContentException(
                            path, "another translation already has the lesson '" + lesson.group(3) + "'");
                }
            } else if (quiz.matches()) {
                questions.put(quiz.group(1), readQuiz(path, file.getValue()));
            } else {
                throw new ContentException(path, "translation files are named lessons/es/NN-slug.md or quiz.es.yaml");
            }
        }
        var translations = new ArrayList<ModuleTranslation>();
        var languages = new TreeMap<String, Boolean>();
        lessons.keySet().forEach(l -> languages.put(l, true));
        questions.keySet().forEach(l -> languages.put(l, true));
        for (var language : languages.keySet()) {
            translations.add(new ModuleTranslation(
                    language, lessons.getOrDefault(language, Map.of()), questions.getOrDefault(language, Map.of())));
        }
        return translations;
    }

    private static Map<String, ModuleTranslation.Question> readQuiz(Path file, String text) throws ContentException {
        var yaml = YamlMap.of(file, YamlLoader.load(file, text), QUIZ_KEYS);
        var questions = new LinkedHashMap<String, ModuleTranslation.Question>();
        int number = 0;
        for (var entry : yaml.requiredMaps("questions", QUESTION_KEYS)) {
            number++;
            var where = "question " + number;
            try {
                var key = entry.requiredString("id");
                where += " (" + key + ")";
                var pairs = new ArrayList<Pair>();
                for (var pair : entry.optionalMaps("pairs", Set.of("term", "match"))) {
                    pairs.add(new Pair(pair.requiredString("term"), pair.requiredString("match")));
                }
                var question = new ModuleTranslation.Question(
                        entry.requiredString("prompt"),
                        entry.requiredString("rationale"),
                        entry.optionalStrings("choices"),
                        entry.optionalStrings("steps"),
                        pairs);
                if (questions.put(key, question) != null) {
                    throw new ContentException(file, "another question already has the id '" + key + "'");
                }
            } catch (ContentException e) {
                throw new ContentException(file, where + ": " + e.problem());
            }
        }
        return questions;
    }

    /**
     * Checks translations against the module they translate: a language other than the module's own, lessons the
     * module has, and a post-test translation with exactly the original's questions, each with as many choices,
     * steps or pairs as the original.
     */
    public static void check(
            Path root,
            String moduleLanguage,
            List<ModuleTranslation> translations,
            List<LessonDefinition> lessons,
            QuizDefinition quiz)
            throws ContentException {
        var bySlug = new HashMap<String, LessonDefinition>();
        lessons.forEach(l -> bySlug.put(l.slug(), l));
        for (var translation : translations) {
            var language = translation.language();
            if (language.equals(moduleLanguage)) {
                throw new ContentException(
                        root.resolve("lessons/" + language),
                        "the module is written in '" + language + "'; a translation is into another language");
            }
            for (var slug : translation.lessons().keySet()) {
                if (!bySlug.containsKey(slug)) {
                    throw new ContentException(
                            root.resolve("lessons/" + language),
                            "'" + slug + "' is not a lesson of this module; a translated lesson has the same file"
                                    + " name as its original");
                }
            }
            if (!translation.questions().isEmpty()) {
                checkQuiz(root.resolve("quiz." + language + ".yaml"), translation, quiz);
            }
        }
    }

    /** The same check for a lesson file name: its number must be the original's. */
    static void checkLessonNumbers(Path root, Map<String, String> files, List<LessonDefinition> lessons)
            throws ContentException {
        var positions = new HashMap<String, Integer>();
        lessons.forEach(l -> positions.put(l.slug(), l.position()));
        for (var path : files.keySet()) {
            var lesson = LESSON_PATH.matcher(path);
            if (lesson.matches() && positions.containsKey(lesson.group(3))) {
                int position = positions.get(lesson.group(3));
                if (position != Integer.parseInt(lesson.group(2))) {
                    throw new ContentException(
                            root.resolve(path),
                            "the original is %02d-%s.md; a translated lesson has the same file name"
                                    .formatted(position, lesson.group(3)));
                }
            }
        }
    }

    private static void checkQuiz(Path file, ModuleTranslation translation, QuizDefinition quiz)
            throws ContentException {
        if (quiz == null) {
            throw new ContentException(file, "the module has no quiz.yaml to translate");
        }
        var keys = new ArrayList<>(translation.questions().keySet());
        int number = 0;
        for (var original : quiz.questions()) {
            number++;
            var where = "question " + number + " (" + original.key() + "): ";
            var question = translation.questions().get(original.key());
            if (question == null) {
                throw new ContentException(
                        file,
                        where + "not translated; a translation has every question of"
                                + " quiz.yaml, under the same id");
            }
            keys.remove(original.key());
            same(
                    file,
                    where,
                    "choices",
                    original.choices().size(),
                    question.choices().size());
            same(file, where, "steps", original.steps().size(), question.steps().size());
            same(file, where, "pairs", original.pairs().size(), question.pairs().size());
        }
        if (!keys.isEmpty()) {
            throw new ContentException(file, "quiz.yaml has no question '" + keys.get(0) + "'");
        }
    }

    private static void same(Path file, String where, String what, int original, int translated)
            throws ContentException {
        if (original != translated) {
            throw new ContentException(
                    file,
                    where + "the original has " + original + " " + what + " and the translation " + translated
                            + "; a translation has the same " + what + ", in the same order");
        }
    }

    /** The module's translation files, by path relative to its folder, as {@link #parse} reads them back. */
    public static Map<String, String> files(ModuleDefinition module) {
        var files = new LinkedHashMap<String, String>();
        for (var translation : module.translations()) {
            for (var lesson : module.lessons()) {
                translation.lesson(lesson.slug()).ifPresent(t -> {
                    var front = new LinkedHashMap<String, Object>();
                    front.put("title", t.title());
                    files.put(
                            "lessons/%s/%02d-%s.md".formatted(translation.language(), lesson.position(), lesson.slug()),
                            "---\n" + yaml().dump(front) + "---\n\n" + t.markdown() + "\n");
                });
            }
            if (!translation.questions().isEmpty() && module.quiz() != null) {
                files.put(
                        "quiz." + translation.language() + ".yaml", yaml().dump(quizYaml(module.quiz(), translation)));
            }
        }
        return files;
    }

    private static Map<String, Object> quizYaml(QuizDefinition quiz, ModuleTranslation translation) {
        var questions = new ArrayList<Map<String, Object>>();
        var written = new HashMap<String, Boolean>();
        // In the original's order, then any the original lacks (so that a draft's mismatch is refused, not lost).
        var keys = new ArrayList<String>();
        quiz.questions().forEach(q -> keys.add(q.key()));
        translation.questions().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        for (var key : keys) {
            var question = translation.questions().get(key);
            if (question == null || written.put(key, true) != null) {
                continue;
            }
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", key);
            entry.put("prompt", question.prompt());
            if (!question.choices().isEmpty()) {
                entry.put("choices", question.choices());
            }
            if (!question.steps().isEmpty()) {
                entry.put("steps", question.steps());
            }
            if (!question.pairs().isEmpty()) {
                entry.put(
                        "pairs",
                        question.pairs().stream()
                                .map(p -> {
                                    var pair = new LinkedHashMap<String, Object>();
                                    pair.put("term", p.term());
                                    pair.put("match", p.match());
                                    return pair;
                                })
                                .toList());
            }
            entry.put("rationale", question.rationale());
            questions.add(entry);
        }
        var yaml = new LinkedHashMap<String, Object>();
        yaml.put("questions", questions);
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
}
