package org.attune.ce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;
import org.attune.content.ModuleDefinition;
import org.attune.web.Texts;

/**
 * Checks a course against the rules of every approval it holds: a pure function of the profiles, the course and
 * its modules (as they would be published), so that publishing, the start-up import and the compliance page give
 * the same answer. A rule restricted to formats applies only to an approval of one of them.
 */
public final class ComplianceRules {

    private ComplianceRules() {}

    /** One check per approval whose body the library knows (an unknown body is refused at import, not here). */
    public static List<ApprovalCheck> check(
            CeLibrary library, CourseDefinition course, List<ModuleDefinition> modules) {
        var figures = CourseFigures.of(course, modules);
        var checks = new ArrayList<ApprovalCheck>();
        for (var approval : course.approvals()) {
            library.profile(approval.body()).ifPresent(profile -> checks.add(check(profile, approval, figures)));
        }
        return checks;
    }

    public static ApprovalCheck check(AccreditorProfile profile, CourseApproval approval, CourseFigures figures) {
        var credits = profile.creditRule().credits(figures.instructionalMinutes());
        var findings = new ArrayList<Finding>();
        for (var rule : profile.rules()) {
            if (rule.appliesTo(approval.format())) {
                findings.add(finding(rule, approval, figures, credits));
            }
        }
        return new ApprovalCheck(approval, profile, figures, credits, findings);
    }

    static Finding finding(ProfileRule rule, CourseApproval approval, CourseFigures figures, BigDecimal credits) {
        return switch (rule.kind()) {
            case POST_TEST -> postTest(rule, figures);
            case EVALUATION ->
                new Finding(
                        rule.kind(),
                        rule.level(),
                        figures.evaluationQuestions() > 0,
                        figures.evaluationQuestions() > 0
                                ? Texts.text("author.approval.evaluation", figures.evaluationQuestions())
                                : Texts.text("author.approval.noEvaluation"));
            case QUESTIONS_PER_CREDIT -> questionsPerCredit(rule, figures, credits);
            case PASS_MARK -> passMark(rule, figures);
            case WORD_COUNT -> {
                var min = rule.min() == null ? 1 : rule.min().intValue();
                var met = figures.wordCount() >= min;
                yield new Finding(
                        rule.kind(),
                        rule.level(),
                        met,
                        Texts.text(
                                met ? "author.approval.words" : "author.approval.wordsNeeded",
                                String.valueOf(figures.wordCount()),
                                String.valueOf(figures.instructionalMinutes())));
            }
            case APPROVAL_NUMBER ->
                new Finding(
                        rule.kind(),
                        rule.level(),
                        !approval.number().isBlank(),
                        approval.number().isBlank()
                                ? Texts.text("author.approval.noNumber")
                                : Texts.text("author.approval.number", approval.number()));
            case FORMAT_LABEL ->
                new Finding(
                        rule.kind(),
                        rule.level(),
                        approval.format() != null,
                        approval.format() == null
                                ? Texts.text("author.approval.noFormat")
                                : Texts.text("author.approval.format", approval.format()));
            case APPROVAL_PERIOD -> approvalPeriod(rule, approval);
        };
    }

    private static Finding postTest(ProfileRule rule, CourseFigures figures) {
        if (figures.modulesWithoutPostTest() > 0) {
            return new Finding(
                    rule.kind(),
                    rule.level(),
                    false,
                    Texts.text(
                            "author.approval.noPostTest",
                            String.valueOf(figures.modulesWithoutPostTest()),
                            String.valueOf(figures.modules())));
        }
        if (figures.questionsWithoutKey() > 0) {
            return new Finding(
                    rule.kind(),
                    rule.level(),
                    false,
                    Texts.text("author.approval.noKey", String.valueOf(figures.questionsWithoutKey())));
        }
        return new Finding(rule.kind(), rule.level(), true, Texts.text("author.approval.postTests"));
    }

    private static Finding questionsPerCredit(ProfileRule rule, CourseFigures figures, BigDecimal credits) {
        if (credits.signum() == 0) {
            return new Finding(rule.kind(), rule.level(), false, Texts.text("author.approval.noCredit"));
        }
        var perCredit = BigDecimal.valueOf(figures.questionsAnswered()).divide(credits, 1, RoundingMode.HALF_UP);
        var low = rule.min() != null && perCredit.compareTo(rule.min()) < 0;
        var high = rule.max() != null && perCredit.compareTo(rule.max()) > 0;
        return new Finding(
                rule.kind(),
                rule.level(),
                !low && !high,
                Texts.text(
                        "author.approval.perCredit",
                        perCredit.stripTrailingZeros().toPlainString(),
                        String.valueOf(figures.questionsAnswered()),
                        credits.stripTrailingZeros().toPlainString(),
                        range(rule)));
    }

    private static Finding passMark(ProfileRule rule, CourseFigures figures) {
        var mark = figures.lowestPassMark();
        var met = mark != null && BigDecimal.valueOf(mark).compareTo(rule.min()) >= 0;
        return new Finding(
                rule.kind(),
                rule.level(),
                met,
                mark == null
                        ? Texts.text(
                                "author.approval.noPassMark",
                                rule.min().stripTrailingZeros().toPlainString())
                        : Texts.text(
                                "author.approval.passMark",
                                String.valueOf(mark),
                                rule.min().stripTrailingZeros().toPlainString()));
    }

    private static Finding approvalPeriod(ProfileRule rule, CourseApproval approval) {
        var years = rule.max().intValue();
        var limit = approval.validFrom().plusYears(years);
        var met = approval.validTo().isBefore(limit);
        return new Finding(
                rule.kind(),
                rule.level(),
                met,
                Texts.text(
                        "author.approval.period",
                        approval.validFrom().toString(),
                        approval.validTo().toString(),
                        String.valueOf(years)));
    }

    private static String range(ProfileRule rule) {
        if (rule.min() != null && rule.max() != null) {
            return Texts.text(
                    "author.approval.range.between",
                    rule.min().stripTrailingZeros().toPlainString(),
                    rule.max().stripTrailingZeros().toPlainString());
        }
        return rule.min() != null
                ? Texts.text(
                        "author.approval.range.atLeast",
                        rule.min().stripTrailingZeros().toPlainString())
                : Texts.text(
                        "author.approval.range.atMost",
                        rule.max().stripTrailingZeros().toPlainString());
    }
}
