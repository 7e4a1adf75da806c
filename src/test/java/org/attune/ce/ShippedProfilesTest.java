package org.attune.ce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attune.ce.ApprovalCheck.Outcome;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;
import org.attune.content.CourseDefinition.EvaluationQuestion;
import org.attune.content.LessonDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionType;
import org.attune.content.QuizDefinition;
import org.attune.content.QuizSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule of every profile Attune ships in modules/_accreditors, checked against courses that meet and break it. */
class ShippedProfilesTest {

    static CeLibrary library;

    @BeforeAll
    static void readTheShippedProfiles() throws Exception {
        library = CeLibrary.read(Path.of("modules"));
    }

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final List<EvaluationQuestion> EVALUATION =
            List.of(new EvaluationQuestion("objectives", EvaluationQuestion.Kind.RATING, "Met its objectives."));

    /** A module of the given CE hours whose post-test has so many questions at this pass mark (0: no post-test). */
    static ModuleDefinition module(String slug, String ceHours, int questions, int passMark) {
        var lesson = new LessonDefinition("one", 1, "One", 30, "Words of the lesson, ".repeat(100));
        var pool = new ArrayList<QuestionDefinition>();
        for (int i = 0; i < questions; i++) {
            pool.add(new QuestionDefinition(
                    "q" + i,
                    QuestionType.TRUEFALSE,
                    "one",
                    "Statement " + i,
                    null,
                    null,
                    false,
                    Boolean.TRUE,
                    null,
                    null));
        }
        var settings = new QuizSettings(passMark, null, 0, null, true, null, true, QuizSettings.Feedback.FULL);
        return new ModuleDefinition(
                slug,
                "Module " + slug,
                1,
                new BigDecimal(ceHours),
                "Summary",
                List.of("An objective"),
                List.of(),
                List.of(lesson),
                questions == 0 ? null : new QuizDefinition(settings, pool));
    }

    static CourseDefinition course(List<EvaluationQuestion> evaluation, CourseApproval... approvals) {
        return new CourseDefinition(
                        "c",
                        "Course",
                        "Summary",
                        "Scope",
                        "Attune Continuing Education",
                        "Stmt",
                        true,
                        true,
                        evaluation)
                .withApprovals(List.of(approvals));
    }

    static CourseApproval approval(String body, String number, int years, String format) {
        return new CourseApproval(body, number, FROM, FROM.plusYears(years).minusDays(1), format);
    }

    static ApprovalCheck check(CourseDefinition course, ModuleDefinition... modules) {
        return ComplianceRules.check(library, course, List.of(modules)).get(0);
    }

    static Finding finding(ApprovalCheck check, RuleKind kind, RuleLevel level) {
        return check.findings().stream()
                .filter(f -> f.kind() == kind && f.level() == level)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void attuneShipsTheThreeProfilesAndEachReads() {
        assertThat(library.failures()).isEmpty();
        assertThat(library.profiles()).extracting(AccreditorProfile::id).containsExactly("apa", "aswb-ace", "nbcc");
        assertThat(library.profiles()).allSatisfy(p -> assertThat(p.sources()).isNotEmpty());
    }

    // APA

    @Test
    void apaOneCreditPerSixtyMinutes() {
        var apa = library.profile("apa").orElseThrow();
        assertThat(apa.creditRule().credits(60)).isEqualByComparingTo("1");
        assertThat(apa.creditRule().credits(150)).isEqualByComparingTo("2.5");
    }

    @Test
    void apaStatementIsFilledInWithTheProvider() {
        var apa = library.profile("apa").orElseThrow();
        assertThat(apa.statement("Attune Continuing Education", "n/a", FROM, FROM, "home study"))
                .isEqualTo("Attune Continuing Education is approved by the American Psychological Association to"
                        + " sponsor continuing education for psychologists. Attune Continuing Education maintains"
                        + " responsibility for this program and its content.");
    }

    @Test
    void apaFourQuestionsPerCreditPublishesWithAWarning() {
        var check = check(course(EVALUATION, approval("apa", "APA-1", 2, "home study")), module("m", "1", 4, 80));

        assertThat(check.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(check.refusals()).isEmpty();
        assertThat(check.warnings())
                .containsExactly("American Psychological Association: 4 post-test questions per credit (4 questions"
                        + " for 1 credits); 6 to 8 per credit.");
    }

    @Test
    void apaSixToEightQuestionsPerCreditAndAPassMarkOf75Pass() {
        var check = check(course(EVALUATION, approval("apa", "APA-1", 2, "home study")), module("m", "2", 14, 75));

        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(finding(check, RuleKind.QUESTIONS_PER_CREDIT, RuleLevel.RECOMMENDED)
                        .met())
                .isTrue();
        assertThat(finding(check, RuleKind.PASS_MARK, RuleLevel.RECOMMENDED).met())
                .isTrue();
    }

    @Test
    void apaNineQuestionsPerCreditWarns() {
        var check = check(course(EVALUATION, approval("apa", "APA-1", 2, "home study")), module("m", "1", 9, 80));
        assertThat(finding(check, RuleKind.QUESTIONS_PER_CREDIT, RuleLevel.RECOMMENDED)
                        .warns())
                .isTrue();
    }

    @Test
    void apaPassMarkBelow75Warns() {
        var check = check(course(EVALUATION, approval("apa", "APA-1", 2, "home study")), module("m", "1", 7, 70));

        assertThat(check.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(finding(check, RuleKind.PASS_MARK, RuleLevel.RECOMMENDED).message())
                .isEqualTo("the lowest pass mark is 70%; at least 75%.");
    }

    @Test
    void apaCourseWithoutAnEvaluationIsRefused() {
        var check = check(course(List.of(), approval("apa", "APA-1", 2, "home study")), module("m", "1", 7, 80));

        assertThat(check.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(check.refusals())
                .containsExactly("American Psychological Association: the course needs an evaluation learners fill in;"
                        + " it has none.");
    }

    @Test
    void apaHomeStudyModuleWithoutAPostTestIsRefused() {
        var check = check(
                course(EVALUATION, approval("apa", "APA-1", 2, "home study")),
                module("a", "1", 7, 80),
                module("b", "1", 0, 80));

        assertThat(check.refusals())
                .containsExactly("American Psychological Association: 1 of 2 modules have no post-test; every module"
                        + " needs one with an answer key.");
    }

    @Test
    void apaPostTestRulesDoNotApplyToALiveFormat() {
        var check = check(course(EVALUATION, approval("apa", "APA-1", 2, "live webinar")), module("m", "1", 0, 80));

        assertThat(check.findings()).extracting(Finding::kind).containsExactly(RuleKind.EVALUATION);
        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    // ASWB ACE

    @Test
    void aswbStatementNamesTheAceNumberOrganisationsBoardsAndThePeriod() {
        var aswb = library.profile("aswb-ace").orElseThrow();
        var statement = aswb.statement("Attune CE", "1234", FROM, LocalDate.of(2028, 12, 31), "home study");

        assertThat(statement)
                .contains("Attune CE, provider #1234")
                .contains("Organizations, not individual courses, are approved")
                .contains("regulatory boards have the final authority")
                .contains("2026-01-01 to 2028-12-31")
                .contains("Course format: home study.");
        assertThat(aswb.requiredFields())
                .contains(CertificateField.FORMAT, CertificateField.LICENCE_NUMBER, CertificateField.APPROVAL_DATES);
    }

    @Test
    void aswbApprovalWithoutAFormatIsRefused() {
        var check = check(course(EVALUATION, approval("aswb-ace", "1234", 2, null)), module("m", "1", 7, 80));

        assertThat(finding(check, RuleKind.FORMAT_LABEL, RuleLevel.REQUIRED).refuses())
                .isTrue();
        assertThat(check.outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aswbApprovalWithoutANumberIsRefused() {
        var check = check(course(EVALUATION, approval("aswb-ace", " ", 2, "home study")), module("m", "1", 7, 80));
        assertThat(finding(check, RuleKind.APPROVAL_NUMBER, RuleLevel.REQUIRED).refuses())
                .isTrue();
    }

    @Test
    void aswbCourseApprovalOverTwoYearsWarnsAndOverThreeIsRefused() {
        var two = check(course(EVALUATION, approval("aswb-ace", "1234", 2, "home study")), module("m", "1", 7, 80));
        var three = check(course(EVALUATION, approval("aswb-ace", "1234", 3, "home study")), module("m", "1", 7, 80));
        var four = check(course(EVALUATION, approval("aswb-ace", "1234", 4, "home study")), module("m", "1", 7, 80));

        assertThat(two.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(three.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(four.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(four.refusals()).singleElement().asString().contains("at most 3 years");
    }

    @Test
    void aswbCourseWithoutAnEvaluationIsRefusedAndWithoutAPostTestWarns() {
        var check = check(course(List.of(), approval("aswb-ace", "1234", 2, "home study")), module("m", "1", 0, 80));

        assertThat(finding(check, RuleKind.EVALUATION, RuleLevel.REQUIRED).refuses())
                .isTrue();
        assertThat(finding(check, RuleKind.POST_TEST, RuleLevel.RECOMMENDED).warns())
                .isTrue();
    }

    // NBCC

    @Test
    void nbccStatementNamesTheAcepNumber() {
        var nbcc = library.profile("nbcc").orElseThrow();
        assertThat(nbcc.statement("Attune CE", "7777", FROM, FROM, "home study"))
                .contains("ACEP No. 7777");
    }

    @Test
    void nbccShowsTheWordCountOfTheCreditCalculation() {
        var check = check(course(EVALUATION, approval("nbcc", "7777", 2, "home study")), module("m", "1", 7, 80));

        var words = finding(check, RuleKind.WORD_COUNT, RuleLevel.REQUIRED);
        assertThat(words.met()).isTrue();
        assertThat(words.message())
                .isEqualTo("the credit calculation counts 400 words of lesson text for 60" + " instructional minutes.");
        assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void nbccHomeStudyWithoutLessonTextIsRefused() {
        var empty = module("m", "1", 7, 80);
        var blank = new LessonDefinition("one", 1, "One", 30, " ");
        var noText = new ModuleDefinition(
                "m", "M", 1, BigDecimal.ONE, "S", List.of("o"), List.of(), List.of(blank), empty.quiz());
        var check = check(course(EVALUATION, approval("nbcc", "7777", 2, "home study")), noText);

        assertThat(finding(check, RuleKind.WORD_COUNT, RuleLevel.REQUIRED).refuses())
                .isTrue();
    }

    @Test
    void nbccWithoutAnswerKeysOrEvaluationIsRefusedOncePerRule() {
        var keyless =
                new QuestionDefinition("q", QuestionType.TRUEFALSE, "one", "S", null, null, false, null, null, null);
        var base = module("m", "1", 1, 80);
        var module = new ModuleDefinition(
                "m",
                "M",
                1,
                BigDecimal.ONE,
                "S",
                List.of("o"),
                List.of(),
                base.lessons(),
                new QuizDefinition(base.quiz().settings(), Collections.nCopies(3, keyless)));
        var check = check(course(List.of(), approval("nbcc", "7777", 2, "home study")), module);

        assertThat(check.refusals())
                .containsExactly(
                        "National Board for Certified Counselors: 3 post-test questions have no answer key.",
                        "National Board for Certified Counselors: the course needs an evaluation learners fill in;"
                                + " it has none.");
    }

    @Test
    void nbccApprovalWithoutANumberIsRefused() {
        var check = check(course(EVALUATION, approval("nbcc", "", 2, "home study")), module("m", "1", 7, 80));
        assertThat(finding(check, RuleKind.APPROVAL_NUMBER, RuleLevel.REQUIRED).refuses())
                .isTrue();
    }

    @Test
    void aCourseWithoutApprovalsHasNoChecks() {
        assertThat(ComplianceRules.check(library, course(List.of()), List.of(module("m", "1", 0, 10))))
                .isEmpty();
    }

    @Test
    void theShippedCourseHoldsNoApproval() throws Exception {
        var course = org.attune.content.CourseReader.read(Path.of("modules", "course.yaml"));
        assertThat(course.approvals()).isEmpty();
        library.requireKnown(Path.of("modules", "course.yaml"), course);
    }
}
