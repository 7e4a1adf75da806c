package org.attune.ce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
                    "not counted: the certificate was "
                            + record.standing().name().toLowerCase(Locale.ROOT));
        }
        if (end == null) {
            return none(record, "not counted: the licence has no expiry date, so its renewal period is unknown");
        }
        if (record.date().isBefore(start) || record.date().isAfter(end)) {
            return none(
                    record, "not counted: outside the period (" + DAY.format(start) + " to " + DAY.format(end) + ")");
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
                var cap = "the board counts at most " + rule.homeStudyHours() + " home-study hours a period";
                return room.signum() == 0
                        ? none(record, "not counted: " + cap)
                        : new RenewalStanding.Use(
                                record,
                                room,
                                "counted " + plain(room) + " of " + plain(hours) + " hours (" + body + " approval): "
                                        + cap);
            }
        }
        return new RenewalStanding.Use(record, hours, "counted " + plain(hours) + " hours (" + body + " approval)");
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
            return record.origin() == CeRecord.Origin.ATTUNE
                    ? "not counted: the course held no CE approval when the certificate was issued, and the "
                            + rule.board() + " counts only approved CE"
                    : "not counted: no approving body is recorded, and the " + rule.board()
                            + " counts only approved CE";
        }
        return "not counted: " + (record.origin() == CeRecord.Origin.ATTUNE ? "the course holds" : "it holds")
                + " no approval the " + rule.board() + " accepts";
    }

    private static List<String> missing(
            RenewalRule rule,
            LocalDate renewsOn,
            BigDecimal earned,
            List<RenewalStanding.CategoryStanding> categories) {
        var missing = new ArrayList<String>();
        if (renewsOn == null) {
            missing.add("the licence's expiry date (add it under My account)");
            return missing;
        }
        var short_ = BigDecimal.valueOf(rule.hours()).subtract(earned);
        if (short_.signum() > 0) {
            missing.add(plain(short_) + " more " + hours(short_));
        }
        for (var category : categories) {
            var gap = BigDecimal.valueOf(category.required()).subtract(category.earned());
            if (gap.signum() > 0) {
                missing.add(plain(gap) + " more " + hours(gap) + " in "
                        + CeCategories.label(category.category()).toLowerCase(Locale.ROOT));
            }
        }
        return missing;
    }

    private static RenewalStanding.Use none(CeRecord record, String why) {
        return new RenewalStanding.Use(record, BigDecimal.ZERO, why);
    }

    private static String hours(BigDecimal hours) {
        return hours.compareTo(BigDecimal.ONE) == 0 ? "hour" : "hours";
    }

    /** 1.50 as "1.5", 36.00 as "36". */
    public static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
