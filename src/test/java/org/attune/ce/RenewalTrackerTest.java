package org.attune.ce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.attune.ce.CeRecord.Credit;
import org.attune.ce.CeRecord.Origin;
import org.attune.ce.CeRecord.Standing;
import org.junit.jupiter.api.Test;

class RenewalTrackerTest {

    static final RenewalRule CALIFORNIA = new RenewalRule(
            "california-bbs",
            "California Board of Behavioral Sciences",
            List.of("California BBS"),
            Map.of("LMFT", "Licensed Marriage and Family Therapist"),
            36,
            2,
            Map.of("law-and-ethics", 6),
            List.of(
                    new RenewalRule.AcceptedBody("apa", "American Psychological Association"),
                    new RenewalRule.AcceptedBody("nbcc", "National Board for Certified Counselors")),
            null,
            4,
            List.of("https://example.org"),
            List.of());

    static final RenewalRule NEW_YORK = new RenewalRule(
            "new-york-social-work",
            "New York State Board for Social Work",
            List.of("New York"),
            Map.of("LCSW", "Licensed Clinical Social Worker"),
            36,
            3,
            Map.of(),
            List.of(
                    new RenewalRule.AcceptedBody("nysed-sw", "New York State Education Department"),
                    new RenewalRule.AcceptedBody("nbcc", "National Board for Certified Counselors")),
            12,
            6,
            List.of("https://example.org"),
            List.of());

    static final LocalDate RENEWS = LocalDate.of(2027, 6, 30);

    @Test
    void anApaApprovedCourseCountsItsCreditsTowardTheThirtySixHoursAndNothingTowardLawAndEthics() {
        var course = attune("c1", LocalDate.of(2026, 12, 1), List.of(credit("apa", "4")), List.of("general"));

        var standing = RenewalTracker.standing(CALIFORNIA, "LMFT 123", RENEWS, List.of(course));

        assertThat(standing.earned()).isEqualByComparingTo("4");
        assertThat(standing.categories()).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo("law-and-ethics");
            assertThat(c.required()).isEqualTo(6);
            assertThat(c.earned()).isEqualByComparingTo("0");
        });
        assertThat(standing.missing()).containsExactly("32 more hours", "6 more hours in law and ethics");
        assertThat(standing.uses()).singleElement().satisfies(u -> {
            assertThat(u.counted()).isTrue();
            assertThat(u.why()).isEqualTo("counted 4 hours (American Psychological Association approval)");
        });
        assertThat(standing.periodStart()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aLawAndEthicsCourseCountsTowardTheCategoryAndTheTotal() {
        var ethics = elsewhere("e1", LocalDate.of(2026, 3, 1), "nbcc", "6", "law-and-ethics");
        var general = elsewhere("e2", LocalDate.of(2026, 4, 1), "apa", "30", "general");

        var standing = RenewalTracker.standing(CALIFORNIA, "LMFT 123", RENEWS, List.of(general, ethics));

        assertThat(standing.earned()).isEqualByComparingTo("36");
        assertThat(standing.categories().get(0).met()).isTrue();
        assertThat(standing.missing()).isEmpty();
        assertThat(standing.complete()).isTrue();
        assertThat(standing.uses()).extracting(u -> u.record().id()).containsExactly("e1", "e2");
    }

    @Test
    void theFirstAcceptedApprovalInTheRulesOrderGivesTheHours() {
        var course =
                attune("c1", LocalDate.of(2026, 1, 5), List.of(credit("nbcc", "2"), credit("apa", "1.5")), List.of());

        var use = RenewalTracker.standing(CALIFORNIA, "LMFT", RENEWS, List.of(course))
                .uses()
                .get(0);

        assertThat(use.hours()).isEqualByComparingTo("1.5");
    }

    @Test
    void aCertificateWithoutAnApprovalCountsNothingAndSaysWhy() {
        var course = attune("c1", LocalDate.of(2026, 1, 5), List.of(), List.of("law-and-ethics"));

        var standing = RenewalTracker.standing(CALIFORNIA, "LMFT", RENEWS, List.of(course));

        assertThat(standing.earned()).isEqualByComparingTo("0");
        assertThat(standing.categories().get(0).earned()).isEqualByComparingTo("0");
        assertThat(standing.uses().get(0).why())
                .isEqualTo("not counted: the course held no CE approval when the certificate was issued, and the "
                        + "California Board of Behavioral Sciences counts only approved CE");
    }

    @Test
    void anApprovalTheBoardDoesNotAcceptCountsNothing() {
        var course = attune("c1", LocalDate.of(2026, 1, 5), List.of(credit("apa", "3")), List.of());

        var use = RenewalTracker.standing(NEW_YORK, "LCSW", RENEWS, List.of(course))
                .uses()
                .get(0);

        assertThat(use.counted()).isFalse();
        assertThat(use.why())
                .isEqualTo(
                        "not counted: the course holds no approval the New York State Board for Social Work accepts");
    }

    @Test
    void recordsOutsideThePeriodCountNothingAndBothEndsAreInside() {
        var before = elsewhere("a", LocalDate.of(2025, 6, 30), "apa", "5", "general");
        var first = elsewhere("b", LocalDate.of(2025, 7, 1), "apa", "1", "general");
        var last = elsewhere("c", RENEWS, "apa", "1", "general");
        var after = elsewhere("d", RENEWS.plusDays(1), "apa", "5", "general");

        var standing = RenewalTracker.standing(CALIFORNIA, "LMFT", RENEWS, List.of(after, last, first, before));

        assertThat(standing.earned()).isEqualByComparingTo("2");
        assertThat(standing.uses().get(0).why())
                .isEqualTo("not counted: outside the period (1 Jul 2025 to 30 Jun 2027)");
        assertThat(standing.uses()).extracting(RenewalStanding.Use::counted).containsExactly(false, true, true, false);
    }

    @Test
    void revokedAndSupersededCertificatesCountNothing() {
        var revoked = new CeRecord(
                "r",
                Origin.ATTUNE,
                "R",
                LocalDate.of(2026, 1, 1),
                Standing.REVOKED,
                List.of(credit("apa", "3")),
                List.of(),
                true);
        var superseded = new CeRecord(
                "s",
                Origin.ATTUNE,
                "S",
                LocalDate.of(2026, 1, 2),
                Standing.SUPERSEDED,
                List.of(credit("apa", "3")),
                List.of(),
                true);

        var standing = RenewalTracker.standing(CALIFORNIA, "LMFT", RENEWS, List.of(revoked, superseded));

        assertThat(standing.earned()).isEqualByComparingTo("0");
        assertThat(standing.uses())
                .extracting(RenewalStanding.Use::why)
                .containsExactly(
                        "not counted: the certificate was revoked", "not counted: the certificate was superseded");
    }

    @Test
    void oneCourseCountsTowardTwoLicencesWhoseRulesAcceptItsApprovals() {
        var course = attune("c1", LocalDate.of(2026, 1, 5), List.of(credit("nbcc", "2")), List.of());

        var california = RenewalTracker.standing(CALIFORNIA, "LMFT", RENEWS, List.of(course));
        var newYork = RenewalTracker.standing(NEW_YORK, "LCSW", RENEWS, List.of(course));

        assertThat(california.earned()).isEqualByComparingTo("2");
        assertThat(newYork.earned()).isEqualByComparingTo("2");
    }

    @Test
    void homeStudyHoursBeyondTheCapCountNothingEarliestFirst() {
        var first = attune("a", LocalDate.of(2026, 1, 1), List.of(credit("nbcc", "10")), List.of());
        var second = attune("b", LocalDate.of(2026, 2, 1), List.of(credit("nbcc", "5")), List.of());
        var third = attune("c", LocalDate.of(2026, 3, 1), List.of(credit("nbcc", "5")), List.of());
        var live = elsewhere("d", LocalDate.of(2026, 4, 1), "nysed-sw", "6", "general");

        var standing = RenewalTracker.standing(NEW_YORK, "LCSW", RENEWS, List.of(third, live, second, first));

        assertThat(standing.earned()).isEqualByComparingTo("18");
        assertThat(standing.uses())
                .extracting(RenewalStanding.Use::hours)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("6"));
        assertThat(standing.uses().get(1).why())
                .isEqualTo("counted 2 of 5 hours (National Board for Certified Counselors approval): the board counts "
                        + "at most 12 home-study hours a period");
        assertThat(standing.uses().get(2).why())
                .isEqualTo("not counted: the board counts at most 12 home-study hours a period");
    }

    @Test
    void aLicenceWithoutAnExpiryDateHasNoPeriodAndAsksForTheDate() {
        var course = attune("c1", LocalDate.of(2026, 1, 5), List.of(credit("apa", "2")), List.of());

        var standing = RenewalTracker.standing(CALIFORNIA, "LMFT", null, List.of(course));

        assertThat(standing.earned()).isEqualByComparingTo("0");
        assertThat(standing.complete()).isFalse();
        assertThat(standing.missing()).containsExactly("the licence's expiry date (add it under My account)");
    }

    @Test
    void entriesFromElsewhereWithoutABodyCountNothing() {
        var entry = new CeRecord(
                "e", Origin.ELSEWHERE, "E", LocalDate.of(2026, 1, 1), Standing.VALID, List.of(), List.of(), false);

        var use = RenewalTracker.standing(CALIFORNIA, "LMFT", RENEWS, List.of(entry))
                .uses()
                .get(0);

        assertThat(use.why()).startsWith("not counted: no approving body is recorded");
    }

    private static Credit credit(String body, String hours) {
        return new Credit(body, new BigDecimal(hours));
    }

    private static CeRecord attune(String id, LocalDate date, List<Credit> credits, List<String> categories) {
        return new CeRecord(id, Origin.ATTUNE, "Course " + id, date, Standing.VALID, credits, categories, true);
    }

    private static CeRecord elsewhere(String id, LocalDate date, String body, String hours, String category) {
        return new CeRecord(
                id,
                Origin.ELSEWHERE,
                "Workshop " + id,
                date,
                Standing.VALID,
                List.of(credit(body, hours)),
                List.of(category),
                false);
    }
}
