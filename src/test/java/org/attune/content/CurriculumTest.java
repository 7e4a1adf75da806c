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
import org.assertj.core.data.Offset;
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

    @Test
    void everyModuleHasObjectivesThreeToFiveLessonsAndAFairSizedPostTest() throws IOException {
        for (var module : ModuleLibrary.read(MODULES).modules()) {
            var quiz = module.quiz();
            assertThat(module.objectives()).as(module.slug()).isNotEmpty();
            assertThat(module.lessons()).as(module.slug()).hasSizeBetween(3, 5);
            assertThat(quiz).as(module.slug() + " has a post-test").isNotNull();
            int asked = questionsAsked(quiz);
            assertThat(asked).as(module.slug() + ": questions per attempt").isGreaterThanOrEqualTo(10);
            if (quiz.settings().drawCount() != null) {
                assertThat(quiz.questions())
                        .as(module.slug() + ": pool to draw from")
                        .hasSizeGreaterThanOrEqualTo(15);
            }
            assertThat(asked / module.ceHours().doubleValue())
                    .as(module.slug() + ": questions per CE hour (APA: at least 6)")
                    .isGreaterThanOrEqualTo(6);
        }
    }

    /** Retaking a shipped post-test cannot harvest its answer key (modules/README.md says why these settings). */
    @Test
    void everyPostTestLimitsAttemptsAndShowsTheAnswersOnlyOncePassed() throws IOException {
        for (var module : ModuleLibrary.read(MODULES).modules()) {
            var settings = module.quiz().settings();
            assertThat(settings.attemptsAllowed())
                    .as(module.slug() + ": attempts")
                    .isEqualTo(3);
            assertThat(settings.feedback())
                    .as(module.slug() + ": feedback")
                    .isEqualTo(QuizSettings.Feedback.WRONG_THEN_FULL);
        }
    }

    /**
     * A lesson's minutes are its words at about 240 a minute, and a module's CE hours are its reading time plus
     * about a minute and a half per post-test question, to the nearest quarter hour.
     */
    @Test
    void ceHoursMatchReadingTimePlusThePostTest() throws IOException {
        for (var module : ModuleLibrary.read(MODULES).modules()) {
            int reading = 0;
            for (var lesson : module.lessons()) {
                int words = lesson.markdown().split("\\s+").length;
                int expected = (int) Math.ceil(words / 240.0);
                assertThat(lesson.minutes())
                        .as(module.slug() + "/" + lesson.slug() + " (" + words + " words)")
                        .isBetween(expected - 1, expected + 1);
                reading += lesson.minutes();
            }
            double minutes = reading + 1.5 * questionsAsked(module.quiz());
            assertThat(module.ceHours().doubleValue() * 60)
                    .as(module.slug() + ": " + reading + " minutes of reading plus the post-test")
                    .isCloseTo(minutes, Offset.offset(7.5));
        }
    }

    @Test
    void everyRationaleNamesTheLessonThatTeachesIt() throws IOException {
        for (var module : ModuleLibrary.read(MODULES).modules()) {
            var titles = new HashMap<String, String>();
            module.lessons().forEach(l -> titles.put(l.slug(), l.title()));
            for (var question : module.quiz().questions()) {
                assertThat(question.rationale())
                        .as(module.slug() + " " + question.key())
                        .contains(titles.get(question.lesson()));
            }
        }
    }

    /** A translated rationale names its lesson as the learner reads it: by the translated title when there is one. */
    @Test
    void everyTranslatedRationaleNamesTheLessonThatTeachesItInItsLanguage() throws IOException {
        var translations = 0;
        for (var module : ModuleLibrary.read(MODULES).modules()) {
            for (var translation : module.translations()) {
                var titles = new HashMap<String, String>();
                module.lessons()
                        .forEach(l -> titles.put(
                                l.slug(),
                                translation.lesson(l.slug()).map(t -> t.title()).orElse(l.title())));
                for (var question : module.quiz().questions()) {
                    var text = translation.question(question.key());
                    if (text.isPresent()) {
                        translations++;
                        assertThat(text.get().rationale())
                                .as(module.slug() + " " + translation.language() + " " + question.key())
                                .contains(titles.get(question.lesson()));
                    }
                }
            }
        }
        assertThat(translations).as("the course carries a translated post-test").isPositive();
    }

    /** The shipped translations speak to clinicians as usted: no tú, tu, tus, contigo. */
    @Test
    void translationsIntoSpanishUseUsted() throws IOException {
        var tuteo = Pattern.compile("(?<![\\p{L}])(tú|tu|tus|contigo)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        var found = new ArrayList<String>();
        for (var entry : translatedTexts("es").entrySet()) {
            var matcher = tuteo.matcher(entry.getValue());
            while (matcher.find()) {
                found.add(entry.getKey() + ": " + matcher.group());
            }
        }
        assertThat(translatedTexts("es"))
                .as("the course has a Spanish translation")
                .isNotEmpty();
        assertThat(found).isEmpty();
    }

    /** Nor does a Spanish sentence promise a cure or a guarantee without saying it is not one. */
    @Test
    void noSpanishSentencePromisesACure() throws IOException {
        var promise = Pattern.compile(
                "(?<![\\p{L}])(cura[rns]?|curación|garantía|garantiza[rn]?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        var denial = Pattern.compile("(?<![\\p{L}])(no|nunca|ni|sin)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
        var promises = new ArrayList<String>();
        for (var entry : translatedTexts("es").entrySet()) {
            for (var sentence : entry.getValue().split("(?<=[.!?])\\s+")) {
                if (promise.matcher(sentence).find()
                        && !denial.matcher(sentence).find()) {
                    promises.add(entry.getKey() + ": " + sentence);
                }
            }
        }
        assertThat(promises).isEmpty();
    }

    @Test
    void theCourseStatesItsScopeAndHasAnEvaluation() throws Exception {
        var course = CourseReader.read(MODULES.resolve("course.yaml"));

        assertThat(course.scopeNote()).contains("educational").contains("supervision");
        assertThat(course.evaluation())
                .extracting(CourseDefinition.EvaluationQuestion::kind)
                .contains(
                        CourseDefinition.EvaluationQuestion.Kind.RATING, CourseDefinition.EvaluationQuestion.Kind.TEXT);
        assertThat(course.evaluation())
                .extracting(CourseDefinition.EvaluationQuestion::id)
                .contains("objectives", "relevance", "instructor");
    }

    /** Healing is possible and outcomes vary: a sentence that speaks of a cure or a guarantee says it is not one. */
    @Test
    void noSentencePromisesACure() throws IOException {
        var promise = Pattern.compile("\\b(cure[sd]?|curing|guarantee[sd]?)\\b", Pattern.CASE_INSENSITIVE);
        var denial = Pattern.compile("\\b(not|no|never|cannot|neither|nor)\\b|n't", Pattern.CASE_INSENSITIVE);
        var promises = new ArrayList<String>();
        for (var entry : courseTexts().entrySet()) {
            for (var sentence : entry.getValue().split("(?<=[.!?])\\s+")) {
                if (promise.matcher(sentence).find()
                        && !denial.matcher(sentence).find()) {
                    promises.add(entry.getKey() + ": " + sentence);
                }
            }
        }
        assertThat(promises).isEmpty();
    }

    /**
     * Every source article is cited, by its own title, and with its author where the article names one (a byline
     * "by Name" under the title, or a sign-off line "Dr. Name").
     */
    @Test
    void everySourceArticleIsCitedByTitleAndAuthor() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the source articles are in ../shared/seeds beside the checkout");
        var references = new ArrayList<Reference>();
        ModuleLibrary.read(MODULES).modules().forEach(m -> references.addAll(m.references()));
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (var seed : seeds.toList()) {
                var text = Files.readString(seed);
                var heading = text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .limit(3)
                        .toList();
                var citations = references.stream()
                        .filter(r -> heading.stream().anyMatch(line -> line.equalsIgnoreCase(r.title())))
                        .toList();
                assertThat(citations)
                        .as(seed.getFileName() + " is cited by its title")
                        .isNotEmpty();
                var author = authorOf(text);
                for (var citation : citations) {
                    assertThat(citation.author())
                            .as(seed.getFileName() + " cited with its author")
                            .isEqualTo(author);
                }
            }
        }
    }

    private static String authorOf(String article) {
        var byline = Pattern.compile(", by ([A-Z][\\w.]+(?: [A-Z][\\w.]+)+)").matcher(article);
        if (byline.find()) {
            return byline.group(1).strip();
        }
        return article.lines()
                .map(String::strip)
                .filter(line -> line.matches("Dr\\. [A-Z][a-z]+"))
                .findFirst()
                .orElse(null);
    }

    private static int questionsAsked(QuizDefinition quiz) {
        var draw = quiz.settings().drawCount();
        return draw == null ? quiz.questions().size() : draw;
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
            for (var translation : module.translations()) {
                texts.putAll(translatedTexts(module, translation));
            }
        }
        return texts;
    }

    /** Each translated lesson and post-test of the course, by where it is, in the given language. */
    private static Map<String, String> translatedTexts(String language) throws IOException {
        var texts = new HashMap<String, String>();
        for (var module : ModuleLibrary.read(MODULES).modules()) {
            for (var translation : module.translations()) {
                if (translation.language().equals(language)) {
                    texts.putAll(translatedTexts(module, translation));
                }
            }
        }
        return texts;
    }

    private static Map<String, String> translatedTexts(ModuleDefinition module, ModuleTranslation translation) {
        var texts = new HashMap<String, String>();
        var folder = MODULES.resolve(module.slug());
        translation
                .lessons()
                .forEach((slug, lesson) -> texts.put(
                        folder + "/lessons/" + translation.language() + "/" + slug,
                        lesson.title() + "\n" + lesson.markdown()));
        var quiz = new StringBuilder();
        translation.questions().values().forEach(q -> {
            quiz.append(q.prompt()).append('\n').append(q.rationale()).append('\n');
            q.choices().forEach(c -> quiz.append(c).append('\n'));
            q.steps().forEach(c -> quiz.append(c).append('\n'));
            q.pairs()
                    .forEach(p ->
                            quiz.append(p.term()).append('\n').append(p.match()).append('\n'));
        });
        texts.put(folder.resolve("quiz." + translation.language() + ".yaml").toString(), quiz.toString());
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
