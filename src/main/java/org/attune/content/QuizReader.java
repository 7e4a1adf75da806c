package org.attune.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionDefinition.Pair;

/**
 * Reads a module's {@code quiz.yaml} (format in {@code modules/README.md}). Every question must be answerable
 * and fairly keyed: one correct choice for single choice, at least one for multiple select, a stated answer for
 * true/false, and a lesson of this module that teaches it. A problem names the question by number and id.
 */
final class QuizReader {

    private static final Set<String> QUIZ_KEYS = Set.of(
            "passingScore",
            "attemptsAllowed",
            "waitMinutes",
            "timeLimitMinutes",
            "shuffle",
            "drawCount",
            "display",
            "feedback",
            "questions");
    private static final Set<String> QUESTION_KEYS =
            Set.of("id", "type", "lesson", "prompt", "rationale", "choices", "scoring", "answer", "steps", "pairs");
    private static final Set<String> ONLY_FOR_TYPE = Set.of("choices", "scoring", "answer", "steps", "pairs");

    private QuizReader() {}

    static QuizDefinition read(Path file, Set<String> lessonSlugs) throws ContentException {
        var yaml = YamlMap.of(file, YamlLoader.load(file, ModuleFolderReader.readText(file)), QUIZ_KEYS);
        var questions = new ArrayList<QuestionDefinition>();
        var keys = new HashSet<String>();
        int number = 0;
        for (var entry : yaml.requiredMaps("questions", QUESTION_KEYS)) {
            number++;
            var question = readQuestion(entry, number, lessonSlugs);
            if (!keys.add(question.key())) {
                throw new ContentException(
                        file, "question " + number + ": another question already has the id '" + question.key() + "'");
            }
            questions.add(question);
        }
        return new QuizDefinition(readSettings(yaml, questions.size()), questions);
    }

    private static QuizSettings readSettings(YamlMap yaml, int poolSize) throws ContentException {
        var defaults = QuizSettings.DEFAULTS;
        int passingScore = orDefault(yaml.optionalInt("passingScore"), defaults.passingScore());
        Integer attempts = yaml.optionalInt("attemptsAllowed");
        int wait = orDefault(yaml.optionalInt("waitMinutes"), 0);
        Integer timeLimit = yaml.optionalInt("timeLimitMinutes");
        Integer draw = yaml.optionalInt("drawCount");
        check(yaml, passingScore >= 1 && passingScore <= 100, "passingScore must be a percentage from 1 to 100");
        check(
                yaml,
                attempts == null || attempts >= 1,
                "attemptsAllowed must be at least 1 (leave it out for unlimited)");
        check(yaml, wait >= 0, "waitMinutes cannot be negative");
        check(yaml, timeLimit == null || timeLimit >= 1, "timeLimitMinutes must be at least 1 (leave it out for none)");
        check(
                yaml,
                draw == null || (draw >= 1 && draw <= poolSize),
                "drawCount must be between 1 and the number of questions (" + poolSize + ")");
        var display = orDefault(yaml.optionalString("display"), "one");
        check(yaml, display.equals("one") || display.equals("all"), "display must be 'one' or 'all'");
        var feedback = QuizSettings.Feedback.ofYamlName(orDefault(yaml.optionalString("feedback"), "full"));
        check(yaml, feedback.isPresent(), "feedback must be 'score', 'wrong', 'wrong-then-full' or 'full'");
        return new QuizSettings(
                passingScore,
                attempts,
                wait,
                timeLimit,
                yaml.optionalBoolean("shuffle", true),
                draw,
                display.equals("one"),
                feedback.get());
    }

    private static QuestionDefinition readQuestion(YamlMap yaml, int number, Set<String> lessonSlugs)
            throws ContentException {
        var where = "question " + number;
        try {
            var key = yaml.requiredString("id");
            where += " (" + key + ")";
            var typeName = yaml.requiredString("type");
            QuestionType type;
            try {
                type = QuestionType.valueOf(typeName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw yaml.problem(
                        "type", "'" + typeName + "' is not one of single, multiple, truefalse, ordering, matching");
            }
            var lesson = yaml.requiredString("lesson");
            if (!lessonSlugs.contains(lesson)) {
                throw yaml.problem("lesson", "'" + lesson + "' is not a lesson of this module");
            }
            for (var field : ONLY_FOR_TYPE) {
                if (yaml.has(field) && !allowed(type).contains(field)) {
                    throw yaml.problem(field, "a " + typeName + " question has no " + field);
                }
            }
            var choices = type == QuestionType.SINGLE || type == QuestionType.MULTIPLE ? readChoices(yaml, type) : null;
            var steps = type == QuestionType.ORDERING ? readStrings(yaml, "steps") : null;
            var pairs = type == QuestionType.MATCHING ? readPairs(yaml) : null;
            Boolean answer = null;
            if (type == QuestionType.TRUEFALSE) {
                answer = yaml.optionalBoolean("answer");
                if (answer == null) {
                    throw yaml.problem("answer", "a true/false question needs 'answer: true' or 'answer: false'");
                }
            }
            var scoring = orDefault(yaml.optionalString("scoring"), "all-or-nothing");
            if (!scoring.equals("all-or-nothing") && !scoring.equals("partial")) {
                throw yaml.problem("scoring", "must be 'all-or-nothing' or 'partial'");
            }
            return new QuestionDefinition(
                    key,
                    type,
                    lesson,
                    yaml.requiredString("prompt"),
                    yaml.requiredString("rationale"),
                    choices,
                    scoring.equals("partial"),
                    answer,
                    steps,
                    pairs);
        } catch (ContentException e) {
            throw new ContentException(e.file(), where + ": " + e.problem());
        }
    }

    private static Set<String> allowed(QuestionType type) {
        return switch (type) {
            case SINGLE -> Set.of("choices");
            case MULTIPLE -> Set.of("choices", "scoring");
            case TRUEFALSE -> Set.of("answer");
            case ORDERING -> Set.of("steps");
            case MATCHING -> Set.of("pairs");
        };
    }

    private static List<Choice> readChoices(YamlMap yaml, QuestionType type) throws ContentException {
        var choices = new ArrayList<Choice>();
        for (var choice : yaml.requiredMaps("choices", Set.of("text", "correct"))) {
            choices.add(new Choice(choice.requiredString("text"), choice.optionalBoolean("correct", false)));
        }
        long correct = choices.stream().filter(Choice::correct).count();
        if (choices.size() < 2 || choices.size() > 8) {
            throw yaml.problem("choices", "give between 2 and 8 choices");
        }
        if (type == QuestionType.SINGLE && correct != 1) {
            throw yaml.problem("choices", "a single-choice question needs exactly one correct choice, not " + correct);
        }
        if (type == QuestionType.MULTIPLE && correct < 1) {
            throw yaml.problem("choices", "a multiple-select question needs at least one correct choice");
        }
        distinct(yaml, "choices", choices.stream().map(Choice::text).toList());
        return choices;
    }

    private static List<String> readStrings(YamlMap yaml, String key) throws ContentException {
        var items = yaml.requiredStrings(key);
        if (items.size() < 2 || items.size() > 10) {
            throw yaml.problem(key, "give between 2 and 10 " + key);
        }
        distinct(yaml, key, items);
        return items;
    }

    private static List<Pair> readPairs(YamlMap yaml) throws ContentException {
        var pairs = new ArrayList<Pair>();
        for (var pair : yaml.requiredMaps("pairs", Set.of("term", "match"))) {
            pairs.add(new Pair(pair.requiredString("term"), pair.requiredString("match")));
        }
        if (pairs.size() < 2 || pairs.size() > 10) {
            throw yaml.problem("pairs", "give between 2 and 10 pairs");
        }
        distinct(yaml, "pairs", pairs.stream().map(Pair::term).toList());
        distinct(yaml, "pairs", pairs.stream().map(Pair::match).toList());
        return pairs;
    }

    private static void distinct(YamlMap yaml, String key, List<String> texts) throws ContentException {
        if (new HashSet<>(texts).size() != texts.size()) {
            throw yaml.problem(key, "two entries have the same text");
        }
    }

    private static void check(YamlMap yaml, boolean condition, String problem) throws ContentException {
        if (!condition) {
            throw new ContentException(yaml.file(), problem);
        }
    }

    private static <T> T orDefault(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
