package org.attune.authoring;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.content.ModuleDefinition;
import org.attune.content.ModuleFolderReader;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.attune.content.QuizSettings;

/**
 * What the Author area's forms must hold before they save, field by field, in the author's words; and the checks
 * that make a draft publishable. They mirror what the strict {@code modules/} reader accepts, so that whatever is
 * saved here also exports and imports as a module folder.
 */
public final class DraftRules {

    static final int MAX_LESSON_CHARS = 200_000;

    private DraftRules() {}

    /** An address-safe slug made from a title, not among those taken ({@code -2}, {@code -3}, ... if need be). */
    public static String slugFor(String title, Collection<String> taken) {
        var base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "untitled";
        }
        var slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** The id of a question added to a pool with these ids: q and the pool's next number, or the next one free. */
    public static String nextQuestionKey(Collection<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }

    /**
     * A draft's lessons or questions (by slug or id) in the order an author asked for: those the order names, as it
     * names them, then those it leaves out, in the order they had. Names not present are ignored.
     */
    public static List<String> inOrder(List<String> wanted, List<String> present) {
        var ordered = new ArrayList<String>();
        wanted.stream().filter(present::contains).distinct().forEach(ordered::add);
        present.stream().filter(key -> !ordered.contains(key)).forEach(ordered::add);
        return ordered;
    }

    public static boolean isSlug(String text) {
        return text != null
                && text.length() <= 80
                && ModuleFolderReader.SLUG.matcher(text).matches();
    }

    public static Map<String, String> lessonProblems(String title, Integer minutes, String markdown) {
        var problems = new LinkedHashMap<String, String>();
        if (title == null || title.isBlank()) {
            problems.put("title", "Give the lesson a title.");
        } else if (title.length() > 200) {
            problems.put("title", "Keep the title under 200 characters.");
        }
        if (minutes == null || minutes < 1 || minutes > 600) {
            problems.put("minutes", "Estimate the reading time in minutes, from 1 to 600.");
        }
        if (markdown == null || markdown.isBlank()) {
            problems.put("markdown", "Write the lesson's text.");
        } else if (markdown.length() > MAX_LESSON_CHARS) {
            problems.put("markdown", "A lesson can hold up to " + MAX_LESSON_CHARS + " characters; split it in two.");
        }
        return problems;
    }

    public static Map<String, String> detailsProblems(ModuleDraft.Details details) {
        var problems = new LinkedHashMap<String, String>();
        if (details.title() == null || details.title().isBlank()) {
            problems.put("title", "Give the module a title.");
        }
        if (details.summary() == null || details.summary().isBlank()) {
            problems.put("summary", "Summarise the module in a sentence or two: the catalog shows it.");
        } else if (details.summary().length() > 2000) {
            problems.put("summary", "Keep the summary under 2,000 characters.");
        }
        if (details.ceHours() == null
                || details.ceHours().signum() <= 0
                || details.ceHours().compareTo(new BigDecimal("40")) > 0
                || details.ceHours().scale() > 2) {
            problems.put("ceHours", "CE hours must be more than 0 and at most 40, in hundredths (for example 0.75).");
        }
        if (details.objectives().isEmpty()) {
            problems.put("objectives", "State at least one learning objective, one a line.");
        }
        if (details.references().stream().anyMatch(r -> r.title().isBlank())) {
            problems.put("references", "Each source needs a title.");
        }
        return problems;
    }

    public static Map<String, String> quizProblems(QuizSettings settings, int poolSize) {
        var problems = new LinkedHashMap<String, String>();
        if (settings.passingScore() < 1 || settings.passingScore() > 100) {
            problems.put("passingScore", "The passing score is a percentage from 1 to 100.");
        }
        if (settings.attemptsAllowed() != null && settings.attemptsAllowed() < 1) {
            problems.put("attemptsAllowed", "Allow at least one attempt, or leave it empty for unlimited.");
        }
        if (settings.waitMinutes() < 0) {
            problems.put("waitMinutes", "The wait between attempts cannot be negative.");
        }
        if (settings.timeLimitMinutes() != null && settings.timeLimitMinutes() < 1) {
            problems.put("timeLimitMinutes", "A time limit is at least 1 minute, or empty for none.");
        }
        if (settings.drawCount() != null
                && (settings.drawCount() < 1 || settings.drawCount() > Math.max(poolSize, 1))) {
            problems.put(
                    "drawCount",
                    "Draw between 1 and the " + poolSize
                            + " questions in the pool, or leave it empty to ask them all.");
        }
        return problems;
    }

    /** The question's problems, by field: prompt, rationale, lesson, choices (steps and pairs too), answer. */
    public static Map<String, String> questionProblems(QuestionDefinition question, Set<String> lessonSlugs) {
        var problems = new LinkedHashMap<String, String>();
        if (question.prompt().isBlank()) {
            problems.put("prompt", "Write the question.");
        }
        if (question.rationale() == null || question.rationale().isBlank()) {
            problems.put("rationale", "Explain why the answer is right: learners see it after they submit.");
        }
        if (question.lesson() == null || !lessonSlugs.contains(question.lesson())) {
            problems.put("lesson", "Choose the lesson that teaches this.");
        }
        switch (question.type()) {
            case SINGLE, MULTIPLE -> choiceProblems(question).ifPresent(p -> problems.put("choices", p));
            case TRUEFALSE -> {
                if (question.answer() == null) {
                    problems.put("answer", "Say whether the statement is true or false.");
                }
            }
            case ORDERING -> textsProblem(question.steps(), "steps").ifPresent(p -> problems.put("choices", p));
            case MATCHING -> {
                if (question.pairs().stream()
                        .anyMatch(p -> p.term().isBlank() || p.match().isBlank())) {
                    problems.put("choices", "Every term needs its match.");
                } else {
                    textsProblem(question.pairs().stream().map(p -> p.term()).toList(), "pairs")
                            .ifPresent(p -> problems.put("choices", p));
                }
            }
        }
        return problems;
    }

    /** Why the draft cannot be published yet, if it cannot: each problem a sentence. */
    public static List<String> publishProblems(ModuleDefinition draft) {
        var problems = new ArrayList<String>();
        detailsProblems(new ModuleDraft.Details(
                        draft.title(),
                        draft.summary(),
                        draft.ceHours(),
                        draft.order(),
                        draft.objectives(),
                        draft.references()))
                .values()
                .forEach(problems::add);
        if (draft.lessons().isEmpty()) {
            problems.add("Add at least one lesson.");
        }
        var slugs = new HashSet<String>();
        for (var lesson : draft.lessons()) {
            slugs.add(lesson.slug());
            lessonProblems(lesson.title(), lesson.minutes(), lesson.markdown())
                    .values()
                    .forEach(p -> problems.add("Lesson “" + lesson.title() + "”: " + p));
        }
        if (draft.quiz() != null) {
            quizProblems(draft.quiz().settings(), draft.quiz().questions().size())
                    .values()
                    .forEach(p -> problems.add("Post-test: " + p));
            int number = 0;
            for (var question : draft.quiz().questions()) {
                number++;
                for (var p : questionProblems(question, slugs).values()) {
                    problems.add("Question " + number + ": " + p);
                }
            }
        }
        return problems;
    }

    private static Optional<String> choiceProblems(QuestionDefinition question) {
        var texts = question.choices().stream().map(c -> c.text()).toList();
        var problem = textsProblem(texts, "choices");
        if (problem.isPresent()) {
            return problem;
        }
        if (texts.size() > 8) {
            return Optional.of("Offer at most 8 choices.");
        }
        long correct = question.choices().stream().filter(c -> c.correct()).count();
        if (question.type() == QuestionType.SINGLE && correct != 1) {
            return Optional.of("Mark exactly one choice correct (marked now: " + correct + ").");
        }
        if (question.type() == QuestionType.MULTIPLE && correct < 1) {
            return Optional.of("Mark at least one choice correct.");
        }
        return Optional.empty();
    }

    private static Optional<String> textsProblem(List<String> texts, String what) {
        if (texts.size() < 2 || texts.size() > 10) {
            return Optional.of("Give between 2 and 10 " + what + ".");
        }
        if (texts.stream().anyMatch(String::isBlank)) {
            return Optional.of("Remove or fill in the empty " + what + ".");
        }
        if (new HashSet<>(texts).size() != texts.size()) {
            return Optional.of("Two " + what + " have the same text.");
        }
        return Optional.empty();
    }
}
