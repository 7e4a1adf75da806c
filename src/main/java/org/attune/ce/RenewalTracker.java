package org.attune.ce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attune.web.Texts;

/**
 * The renewal tracker's arithmetic, a pure function: for one licence under one rule, which transcript records count,
 * with how many hours, toward the total and each category, and what is still missing.
 *
 * <p>A record counts when it is valid, dated within the current period (the {@code periodYears} ending on the
 * licence's renewal date, both days included), and holds an approval from a body the rule accepts; its hours are
 * those of the first such approval in the rule's order of {@code accepts}. A certificate of a course that held no
 * approval counts nothing: every shipped board counts only approved CE. A record's hours count toward every
 * category the rule asks for that the record is in (a course on law and ethics and on cultural competence meets both
 * minimums with the same hours, as they lie within the total). Home-study hours beyond the rule's cap count nothing,
 * earliest records first.
 */
public final class RenewalTracker {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_ES = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Texts.SPANISH);

    private RenewalTracker() {}

    public static RenewalStanding standing(
            RenewalRule rule, String licence, LocalDate renewsOn, List<CeRecord> records) {
        var sorted = records.stream()
                .sorted(Comparator.comparing(CeRecord::date).thenComparing(CeRecord::id))
                .toList();
        LocalDate start = renewsOn == null
                ? null
                : renewsOn.minusYears(rule.periodYears()).plusDays(1);
        var uses = new ArrayList<RenewalStanding.Use>();
        var earned = BigDecimal.ZERO;
        var homeStudy = BigDecimal.ZERO;
        for (var record : sorted) {
            var use = use(rule, start, renewsOn, record, homeStudy);
            if (use.counted() && record.homeStudy()) {
                homeStudy = homeStudy.add(use.hours());
            }
            earned = earned.add(use.hours());
            uses.add(use);
        }
        var categories = new ArrayList<RenewalStanding.CategoryStanding>();
        for (var category : rule.categoryHours().entrySet()) {
            var inCategory = uses.stream()
                    .filter(u -> u.record().categories().contains(category.getKey()))
                    .map(RenewalStanding.Use::hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            categories.add(new RenewalStanding.CategoryStanding(category.getKey(), category.getValue(), inCategory));
        }
        return new RenewalStanding(
                rule, licence, start, renewsOn, earned, categories, uses, missing(rule, renewsOn, earned, categories));
    }

    private static RenewalStanding.Use use(
            RenewalRule rule, LocalDate start, LocalDate end, CeRecord record, BigDecimal homeStudySoFar) {
        if (record.standing() != CeRecord.Standing.VALID) {
            return none(
                    record,
                    Texts.text(
                            "transcript.why.notValid", record.standing().name().toLowerCase(Locale.ROOT)));
        }
        if (end == null) {
            return none(record, Texts.text("transcript.why.noExpiry"));
        }
        if (record.date().isBefore(start) || record.date().isAfter(end)) {
            return none(record, Texts.text("transcript.why.outside", day(start), day(end)));
        }
        var credit = accepted(rule, record);
        if (credit.isEmpty()) {
            return none(record, notAccepted(rule, record));
        }
        var hours = credit.get().hours();
        var body = rule.accepted(credit.get().body()).orElseThrow().name();
        if (record.homeStudy() && rule.homeStudyHours() != null) {
            var room = BigDecimal.valueOf(rule.homeStudyHours())
                    .subtract(homeStudySoFar)
                    .max(BigDecimal.ZERO);
            if (room.compareTo(hours) < 0) {
                return room.signum() == 0
                        ? none(record, Texts.text("transcript.why.capReached", rule.homeStudyHours()))
                        : new RenewalStanding.Use(
                                record,
                                room,
                                Texts.text(
                                        "transcript.why.countedPart",
                                        number(room),
                                        number(hours),
                                        body,
                                        rule.homeStudyHours()));
            }
        }
        return new RenewalStanding.Use(record, hours, Texts.text("transcript.why.counted", number(hours), body));
    }

    private static Optional<CeRecord.Credit> accepted(RenewalRule rule, CeRecord record) {
        for (var body : rule.accepts()) {
            var credit = record.credits().stream()
                    .filter(c -> c.body().equals(body.body()) && c.hours().signum() > 0)
                    .findFirst();
            if (credit.isPresent()) {
                return credit;
            }
        }
        return Optional.empty();
    }

    private static String notAccepted(RenewalRule rule, CeRecord record) {
        if (record.credits().isEmpty()) {
            return Texts.text(
                    record.origin() == CeRecord.Origin.ATTUNE
                            ? "transcript.why.courseUnapproved"
                            : "transcript.why.noBody",
                    rule.board());
        }
        return Texts.text(
                record.origin() == CeRecord.Origin.ATTUNE
                        ? "transcript.why.courseNotAccepted"
                        : "transcript.why.entryNotAccepted",
                rule.board());
    }

    private static List<String> missing(
            RenewalRule rule,
            LocalDate renewsOn,
            BigDecimal earned,
            List<RenewalStanding.CategoryStanding> categories) {
        var missing = new ArrayList<String>();
        if (renewsOn == null) {
            missing.add(Texts.text("transcript.missing.expiry"));
            return missing;
        }
        var short_ = BigDecimal.valueOf(rule.hours()).subtract(earned);
        if (short_.signum() > 0) {
            missing.add(Texts.text("transcript.missing.hours", number(short_)));
        }
        for (var category : categories) {
            var gap = BigDecimal.valueOf(category.required()).subtract(category.earned());
            if (gap.signum() > 0) {
                var language = Texts.current();
                missing.add(Texts.text(
                        language,
                        "transcript.missing.categoryHours",
                        number(gap),
                        CeCategories.label(language, category.category()).toLowerCase(language)));
            }
        }
        return missing;
    }

    private static RenewalStanding.Use none(CeRecord record, String why) {
        return new RenewalStanding.Use(record, BigDecimal.ZERO, why);
    }

    /** Hours as a message's number argument: 1.50 as 1.5, so that "1 hour" takes the singular. */
    private static BigDecimal number(BigDecimal hours) {
        return hours.signum() == 0 ? BigDecimal.ZERO : hours.stripTrailingZeros();
    }

    /** A day in the words of the page's language: "1 Jul 2025", "1 de julio de 2025". */
    private static String day(LocalDate day) {
        return (Texts.current().equals(Texts.SPANISH) ? DAY_ES : DAY).format(day);
    }

    /** 1.50 as "1.5", 36.00 as "36". */
    public static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
