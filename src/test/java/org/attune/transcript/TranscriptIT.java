package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attune.account.LicenceDetails;
import org.attune.account.Licences;
import org.attune.ce.RenewalStanding;
import org.attune.certificate.ApprovedCertificates;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The transcript and the renewal tracker on a real WildFly, with the shipped renewal rules. */
@ExtendWith(ArquillianExtension.class)
class TranscriptIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClass(ApprovedCertificates.class);
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    Licences licences;

    @Inject
    ApprovedCertificates certificates;

    @Inject
    Transcripts transcripts;

    @Inject
    CeEntries entries;

    @Test
    void aCalifornianLmftSeesTheCoursesApaCreditsCountedTowardThirtySixHoursAndNoneOfTheSixLawAndEthicsHours()
            throws Exception {
        long learner = fixtures.learner("Lena Lmft");
        var today = LocalDate.now();
        licences.add(learner, new LicenceDetails("California BBS", "LMFT", "LMFT 100200", today.plusMonths(10), true));
        certificates.issued(
                learner, course(), today.minusDays(5), List.of(ApprovedCertificates.apa("1.5")), List.of("general"));

        var standing = transcripts.of(learner).standings().get(0);

        assertThat(standing.rule().id()).isEqualTo("california-bbs");
        assertThat(standing.earned()).isEqualByComparingTo("1.5");
        assertThat(standing.categories()).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo("law-and-ethics");
            assertThat(c.earned()).isEqualByComparingTo("0");
            assertThat(c.required()).isEqualTo(6);
        });
        assertThat(standing.uses())
                .singleElement()
                .extracting(RenewalStanding.Use::why)
                .isEqualTo("counted 1.5 hours (American Psychological Association approval)");
        var browser = new PageClient(app);
        Clinicians.signIn(browser, fixtures.emailOf(learner), Clinicians.PASSWORD);
        var page = browser.page("renewals").text();
        assertThat(page)
                .contains(
                        "California BBS LMFT licence LMFT 100200",
                        "1.5 of 36 hours",
                        "0 of 6 hours in law and ethics",
                        "Missing: 34.5 more hours; 6 more hours in law and ethics",
                        "counted 1.5 hours (American Psychological Association approval)");
        assertThat(browser.page("transcript").text())
                .contains("American Psychological Association APA-TEST-1: 1.5 credits", "valid");
    }

    @Test
    void oneCourseCountsWhereEachLicencesBoardAcceptsItAndTheTrackerSaysWhyNotElsewhere() throws Exception {
        long learner = fixtures.learner("Max Many");
        var today = LocalDate.now();
        licences.add(
                learner, new LicenceDetails("CA", "Licensed Clinical Social Worker", "1", today.plusMonths(3), true));
        licences.add(learner, new LicenceDetails("New York", "LCSW", "2", today.plusYears(1), true));
        licences.add(learner, new LicenceDetails("Texas", "LPC", "3", today.plusMonths(6), true));
        licences.add(learner, new LicenceDetails("Oregon", "LPC", "4", today.plusMonths(6), true));
        var nbcc = new org.attune.certificate.CertificateApproval(
                "nbcc",
                "National Board for Certified Counselors",
                "ACEP 1",
                null,
                null,
                "home study",
                new BigDecimal("2"),
                "Statement.");
        certificates.issued(learner, course(), today.minusDays(20), List.of(nbcc), List.of("cultural-competence"));
        var revoked = certificates.issued(
                learner, course(), today.minusDays(10), List.of(ApprovedCertificates.apa("3")), List.of("general"));
        certificates.revoke(revoked.getCode());
        entries.add(
                learner,
                new CeEntryDetails(
                        "Old workshop",
                        "Somewhere",
                        "apa",
                        today.minusYears(4),
                        new BigDecimal("5"),
                        "general",
                        false));

        var transcript = transcripts.of(learner);

        assertThat(transcript.unmatched()).containsExactly("Licence LPC 7781", "Oregon LPC licence 4");
        var byRule = transcript.standings().stream()
                .map(s -> s.rule().id() + " " + s.earned().stripTrailingZeros().toPlainString())
                .toList();
        assertThat(byRule).containsExactly("california-bbs 2", "new-york-social-work 0", "texas-lpc 2");
        var texas = transcript.standings().get(2);
        assertThat(texas.categories())
                .extracting(c ->
                        c.category() + " " + c.earned().stripTrailingZeros().toPlainString())
                .containsExactly("law-and-ethics 0", "cultural-competence 2");
        var newYork = transcript.standings().get(1);
        assertThat(newYork.uses())
                .extracting(RenewalStanding.Use::why)
                .containsExactly(
                        "not counted: outside the period (" + period(today.plusYears(1), 3) + ")",
                        "not counted: the course holds no approval the New York State Board for Social Work accepts",
                        "not counted: the certificate was revoked");
        var revokedLine = transcript.lines().stream()
                .filter(l -> "revoked".equals(l.status()))
                .findFirst()
                .orElseThrow();
        assertThat(revokedLine.countedToward())
                .hasSize(3)
                .allSatisfy(w -> assertThat(w).endsWith("not counted: the certificate was revoked"));
    }

    private static String course() {
        return "ce-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String period(LocalDate end, int years) {
        var day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
        return day.format(end.minusYears(years).plusDays(1)) + " to " + day.format(end);
    }
}
