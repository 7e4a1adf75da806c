package org.attune.ce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.attune.content.CourseApproval;
import org.attune.content.CourseDefinition;
import org.attune.content.ModuleDefinition;

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
                                ? "the course evaluation has " + figures.evaluationQuestions() + " questions."
                                : "the course needs an evaluation learners fill in; it has none.");
            case QUESTIONS_PER_CREDIT -> questionsPerCredit(rule, figures, credits);
            case PASS_MARK -> passMark(rule, figures);
            case WORD_COUNT -> {
                var min = rule.min() == null ? 1 : rule.min().intValue();
                var met = figures.wordCount() >= min;
                yield new Finding(
                        rule.kind(),
                        rule.level(),
                        met,
                        "the credit calculation counts " + figures.wordCount() + " words of lesson text for "
                                + figures.instructionalMinutes() + " instructional minutes"
                                + (met ? "." : "; it needs the lessons' word count."));
            }
            case APPROVAL_NUMBER ->
                new Finding(
                        rule.kind(),
                        rule.level(),
                        !approval.number().isBlank(),
                        approval.number().isBlank()
                                ? "the approval needs its number on the certificate."
                                : "the approval number is " + approval.number() + ".");
            case FORMAT_LABEL ->
                new Finding(
                        rule.kind(),
                        rule.level(),
                        approval.format() != null,
                        approval.format() == null
                                ? "the approval must name its format (e.g. \"home study\"): certificates print it."
                                : "the certificate prints the format \"" + approval.format() + "\".");
            case APPROVAL_PERIOD -> approvalPeriod(rule, approval);
        };
    }

    private static Finding postTest(ProfileRule rule, CourseFigures figures) {
        if (figures.modulesWithoutPostTest() > 0) {
            return new Finding(
                    rule.kind(),
                    rule.level(),
                    false,
                    figures.modulesWithoutPostTest() + " of " + figures.modules()
                            + " modules have no post-test; every module needs one with an answer key.");
        }
        if (figures.questionsWithoutKey() > 0) {
            return new Finding(
                    rule.kind(),
                    rule.level(),
                    false,
                    figures.questionsWithoutKey() + " post-test questions have no answer key.");
        }
        return new Finding(rule.kind(), rule.level(), true, "every module has a post-test with an answer key.");
    }

    private static Finding questionsPerCredit(ProfileRule rule, CourseFigures figures, BigDecimal credits) {
        if (credits.signum() == 0) {
            return new Finding(
                    rule.kind(),
                    rule.level(),
                    false,
                    "the course earns no credit, so questions per credit are undefined.");
        }
        var perCredit = BigDecimal.valueOf(figures.questionsAnswered()).divide(credits, 1, RoundingMode.HALF_UP);
        var low = rule.min() != null && perCredit.compareTo(rule.min()) < 0;
        var high = rule.max() != null && perCredit.compareTo(rule.max()) > 0;
        return new Finding(
                rule.kind(),
                rule.level(),
                !low && !high,
                perCredit.stripTrailingZeros().toPlainString() + " post-test questions per credit ("
                        + figures.questionsAnswered() + " questions for "
                        + credits.stripTrailingZeros().toPlainString()
                        + " credits); " + range(rule) + " per credit.");
    }

    private static Finding passMark(ProfileRule rule, CourseFigures figures) {
        var mark = figures.lowestPassMark();
        var met = mark != null && BigDecimal.valueOf(mark).compareTo(rule.min()) >= 0;
        return new Finding(
                rule.kind(),
                rule.level(),
                met,
                (mark == null ? "no post-test has a pass mark" : "the lowest pass mark is " + mark + "%") + "; "
                        + "at least " + rule.min().stripTrailingZeros().toPlainString() + "%.");
    }

    private static Finding approvalPeriod(ProfileRule rule, CourseApproval approval) {
        var years = rule.max().intValue();
        var limit = approval.validFrom().plusYears(years);
        var met = approval.validTo().isBefore(limit);
        return new Finding(
                rule.kind(),
                rule.level(),
                met,
                "the approval runs from " + approval.validFrom() + " to " + approval.validTo() + "; at most " + years
                        + " years.");
    }

    private static String range(ProfileRule rule) {
        if (rule.min() != null && rule.max() != null) {
            return rule.min().stripTrailingZeros().toPlainString() + " to "
                    + rule.max().stripTrailingZeros().toPlainString();
        }
        return rule.min() != null
                ? "at least " + rule.min().stripTrailingZeros().toPlainString()
                : "at most " + rule.max().stripTrailingZeros().toPlainString();
    }
}
