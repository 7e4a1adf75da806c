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
import org.attune.web.Texts;

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
            problems.put("title", Texts.text("author.rule.lesson.title"));
        } else if (title.length() > 200) {
            problems.put("title", Texts.text("author.rule.title.length"));
        }
        if (minutes == null || minutes < 1 || minutes > 600) {
            problems.put("minutes", Texts.text("author.rule.lesson.minutes"));
        }
        if (markdown == null || markdown.isBlank()) {
            problems.put("markdown", Texts.text("author.rule.lesson.text"));
        } else if (markdown.length() > MAX_LESSON_CHARS) {
            problems.put("markdown", Texts.text("author.rule.lesson.length", String.valueOf(MAX_LESSON_CHARS)));
        }
        return problems;
    }

    public static Map<String, String> detailsProblems(ModuleDraft.Details details) {
        var problems = new LinkedHashMap<String, String>();
        if (details.title() == null || details.title().isBlank()) {
            problems.put("title", Texts.text("author.rule.module.title"));
        }
        if (details.summary() == null || details.summary().isBlank()) {
            problems.put("summary", Texts.text("author.rule.module.summary"));
        } else if (details.summary().length() > 2000) {
            problems.put("summary", Texts.text("author.rule.module.summaryLength"));
        }
        if (details.ceHours() == null
                || details.ceHours().signum() <= 0
                || details.ceHours().compareTo(new BigDecimal("40")) > 0
                || details.ceHours().scale() > 2) {
            problems.put("ceHours", Texts.text("author.rule.module.ceHours"));
        }
        if (details.objectives().isEmpty()) {
            problems.put("objectives", Texts.text("author.rule.module.objectives"));
        }
        if (details.references().stream().anyMatch(r -> r.title().isBlank())) {
            problems.put("references", Texts.text("author.rule.module.sourceTitle"));
        }
        return problems;
    }

    public static Map<String, String> quizProblems(QuizSettings settings, int poolSize) {
        var problems = new LinkedHashMap<String, String>();
        if (settings.passingScore() < 1 || settings.passingScore() > 100) {
            problems.put("passingScore", Texts.text("author.rule.quiz.passingScore"));
        }
        if (settings.attemptsAllowed() != null && settings.attemptsAllowed() < 1) {
            problems.put("attemptsAllowed", Texts.text("author.rule.quiz.attempts"));
        }
        if (settings.waitMinutes() < 0) {
            problems.put("waitMinutes", Texts.text("author.rule.quiz.wait"));
        }
        if (settings.timeLimitMinutes() != null && settings.timeLimitMinutes() < 1) {
            problems.put("timeLimitMinutes", Texts.text("author.rule.quiz.timeLimit"));
        }
        if (settings.drawCount() != null
                && (settings.drawCount() < 1 || settings.drawCount() > Math.max(poolSize, 1))) {
            problems.put("drawCount", Texts.text("author.rule.quiz.drawCount", String.valueOf(poolSize)));
        }
        return problems;
    }

    /** The question's problems, by field: prompt, rationale, lesson, choices (steps and pairs too), answer. */
    public static Map<String, String> questionProblems(QuestionDefinition question, Set<String> lessonSlugs) {
        var problems = new LinkedHashMap<String, String>();
        if (question.prompt().isBlank()) {
            problems.put("prompt", Texts.text("author.rule.question.prompt"));
        }
        if (question.rationale() == null || question.rationale().isBlank()) {
            problems.put("rationale", Texts.text("author.rule.question.rationale"));
        }
        if (question.lesson() == null || !lessonSlugs.contains(question.lesson())) {
            problems.put("lesson", Texts.text("author.rule.question.lesson"));
        }
        switch (question.type()) {
            case SINGLE, MULTIPLE -> choiceProblems(question).ifPresent(p -> problems.put("choices", p));
            case TRUEFALSE -> {
                if (question.answer() == null) {
                    problems.put("answer", Texts.text("author.rule.question.answer"));
                }
            }
            case ORDERING -> textsProblem(question.steps(), "steps").ifPresent(p -> problems.put("choices", p));
            case MATCHING -> {
                if (question.pairs().stream()
                        .anyMatch(p -> p.term().isBlank() || p.match().isBlank())) {
                    problems.put("choices", Texts.text("author.rule.question.match"));
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
            problems.add(Texts.text("author.rule.lessons"));
        }
        var slugs = new HashSet<String>();
        for (var lesson : draft.lessons()) {
            slugs.add(lesson.slug());
            lessonProblems(lesson.title(), lesson.minutes(), lesson.markdown())
                    .values()
                    .forEach(p -> problems.add(Texts.text("author.rule.inLesson", lesson.title(), p)));
        }
        if (draft.quiz() != null) {
            quizProblems(draft.quiz().settings(), draft.quiz().questions().size())
                    .values()
                    .forEach(p -> problems.add(Texts.text("author.rule.inPostTest", p)));
            int number = 0;
            for (var question : draft.quiz().questions()) {
                number++;
                for (var p : questionProblems(question, slugs).values()) {
                    problems.add(Texts.text("author.rule.inQuestion", String.valueOf(number), p));
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
            return Optional.of(Texts.text("author.rule.choices.max"));
        }
        long correct = question.choices().stream().filter(c -> c.correct()).count();
        if (question.type() == QuestionType.SINGLE && correct != 1) {
            return Optional.of(Texts.text("author.rule.choices.one", String.valueOf(correct)));
        }
        if (question.type() == QuestionType.MULTIPLE && correct < 1) {
            return Optional.of(Texts.text("author.rule.choices.atLeastOne"));
        }
        return Optional.empty();
    }

    private static Optional<String> textsProblem(List<String> texts, String what) {
        if (texts.size() < 2 || texts.size() > 10) {
            return Optional.of(Texts.text("author.rule." + what + ".count"));
        }
        if (texts.stream().anyMatch(String::isBlank)) {
            return Optional.of(Texts.text("author.rule." + what + ".empty"));
        }
        if (new HashSet<>(texts).size() != texts.size()) {
            return Optional.of(Texts.text("author.rule." + what + ".same"));
        }
        return Optional.empty();
    }
}
