package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.attune.testing.Pdfs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CE a clinician records from elsewhere: theirs alone to see, change, delete and download, on a real WildFly. */
@ExtendWith(ArquillianExtension.class)
class CeEntriesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    CeEntries entries;

    @Inject
    Transcripts transcripts;

    static CeEntryDetails ethics(String title) {
        return new CeEntryDetails(
                title, "CAMFT", "camft", LocalDate.now().minusDays(10), new BigDecimal("6"), "law-and-ethics", false);
    }

    @Test
    void anotherClinicianCanNeitherChangeNorDeleteNorDownloadAnEntry() throws Exception {
        long owner = fixtures.learner("Olga Owner");
        long other = fixtures.learner("Otto Other");
        var entry = entries.add(owner, ethics("Law and ethics in California")).getId();
        var uploaded = Pdfs.onePage();
        entries.attach(owner, entry, UploadedPdf.of("certificate.pdf", uploaded));

        assertThatThrownBy(() -> entries.change(other, entry, ethics("Changed")))
                .hasMessage("There is no such entry; it may have been deleted in another window.");
        assertThatThrownBy(() -> entries.delete(other, entry)).isInstanceOf(TranscriptRefusal.class);
        assertThat(entries.file(other, entry)).isEmpty();
        assertThat(entries.of(other)).isEmpty();
        assertThat(transcripts.of(other).lines()).isEmpty();

        var stranger = new PageClient(app);
        Clinicians.signIn(stranger, fixtures.emailOf(other), Clinicians.PASSWORD);
        assertThat(stranger.getBytes("api/me/transcript/entries/" + entry + "/file")
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.get("api/me/transcript/csv").body()).doesNotContain("Law and ethics in California");
        assertThat(stranger.page("transcript").text()).doesNotContain("Law and ethics in California");

        var holder = new PageClient(app);
        Clinicians.signIn(holder, fixtures.emailOf(owner), Clinicians.PASSWORD);
        var download = holder.getBytes("api/me/transcript/entries/" + entry + "/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(uploaded);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    }

    @Test
    void theSameCourseRecordedTwiceIsKeptOnceAndAChangeAndADeleteStick() throws Exception {
        long owner = fixtures.learner("Dora Double");
        var id = entries.add(owner, ethics("Boundaries")).getId();

        assertThatThrownBy(() -> entries.add(owner, ethics("boundaries")))
                .hasMessageStartingWith("You have already recorded this course");
        entries.change(owner, id, ethics("Boundaries, revised"));
        assertThat(entries.of(owner))
                .singleElement()
                .satisfies(e -> assertThat(e.details().title()).isEqualTo("Boundaries, revised"));
        entries.attach(owner, id, UploadedPdf.of("a.pdf", Pdfs.onePage()));
        entries.delete(owner, id);
        assertThat(entries.of(owner)).isEmpty();
        assertThat(entries.file(owner, id)).isEmpty();
    }

    @Test
    void aFutureDayOrNoHoursAreRefusedWithTheirReason() throws Exception {
        long owner = fixtures.learner("Fay Future");
        var future = new CeEntryDetails("T", "P", null, LocalDate.now().plusDays(5), BigDecimal.ONE, "general", false);
        var none = new CeEntryDetails("T", "P", null, LocalDate.now(), BigDecimal.ZERO, "general", false);

        assertThatThrownBy(() -> entries.add(owner, future))
                .hasMessage("The day you completed it cannot be in the future.");
        assertThatThrownBy(() -> entries.add(owner, none))
                .hasMessage("Enter the CE hours, more than 0 and at most 200.");
        assertThat(entries.of(owner)).isEmpty();
    }

    @Test
    void theTranscriptDownloadsAsCsvAndPdf() throws Exception {
        long owner = fixtures.learner("Zoë Download");
        entries.add(owner, ethics("=cmd|' /C calc'!A0"));
        var browser = new PageClient(app);
        Clinicians.signIn(browser, fixtures.emailOf(owner), Clinicians.PASSWORD);

        var csv = browser.getBytes("api/me/transcript/csv");
        var pdf = browser.getBytes("api/me/transcript/pdf");

        assertThat(csv.statusCode()).isEqualTo(200);
        var text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("\"'=cmd|' /C calc'!A0\"");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
