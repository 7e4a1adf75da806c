package org.attune.learner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import org.attune.account.AccountService;
import org.attune.account.Licences;
import org.attune.account.MyAccount;
import org.attune.catalog.EvaluationService;
import org.attune.certificate.CertificateLifecycle;
import org.attune.certificate.CertificateService;
import org.attune.progress.ProgressService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.Mailbox;
import org.attune.testing.PageClient;
import org.attune.testing.Pdfs;
import org.attune.transcript.CeEntries;
import org.attune.transcript.CeEntryDetails;
import org.attune.transcript.UploadedPdf;
import org.attune.web.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Close my account": with the password; signs out everywhere; the email can sign up afresh; progress, attempts and
 * evaluations go at once; name, licences and certificates stay for the retention period, then go too.
 */
@ExtendWith(ArquillianExtension.class)
class AccountClosingIT {

    private static final String BASE = "https://attune.example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    Mailbox mailbox;

    @Inject
    AccountService accounts;

    @Inject
    Licences licences;

    @Inject
    CertificateService certificates;

    @Inject
    ProgressService progress;

    @Inject
    EvaluationService evaluations;

    @Inject
    AccountClosing closing;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    CeEntries entries;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void closingAsksForThePasswordSignsOutEverywhereAndKeepsACertifiedLearnersRecordsForTheAuditPack()
            throws Exception {
        var course = fixtures.course("auto");
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        signUp(browser, "Cleo Closing", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        fixtures.completeLessons(id, course.module());
        fixtures.passPostTest(id, course.module());
        fixtures.evaluate(id, course.slug());
        var code = certificates.claim(id, course.slug(), BASE).orElseThrow().getCode();
        var elsewhere = new PageClient(app);
        Clinicians.signIn(elsewhere, email, Clinicians.PASSWORD);
        var page = browser.page("account");
        assertThat(page.select("#close-title + p + p + p").text()).contains("Kept for 4 years");

        var refused = close(browser, page, "not my password at all");
        assertThat(refused.select(".field:has([id=closing:closePassword]) .ui-message")
                        .text())
                .isEqualTo(Texts.text(Texts.ENGLISH, MyAccount.WRONG_PASSWORD));
        assertThat(accounts.find(id).orElseThrow().isActive()).isTrue();

        var closed = close(browser, refused, Clinicians.PASSWORD);

        assertThat(closed.location()).endsWith("/signin?signedout=closed");
        assertThat(closed.select(".notice").text()).contains("Your account is closed");
        assertThat(closed.select(".who")).isEmpty();
        assertThat(Mailbox.text(mailbox.await(email, "Your Attune account is closed")))
                .contains("Your email and password are deleted.")
                .contains("keeps your name, your licences, the records of the certificates you earned and the learning"
                        + " behind them (lessons completed, reading time, post-test attempts and course evaluations)"
                        + " for 4 years")
                .doesNotContain("progress, post-test attempts and course evaluations are deleted");
        assertThat(elsewhere.get("dashboard").uri().toString()).endsWith("/signin?signedout=changed");
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".who"))
                .isEmpty();
        assertThat(progress.completedLessons(id))
                .as("lessons an audit of the course reads")
                .isNotEmpty();
        assertThat(evaluations.submitted(id, course.slug())).isTrue();
        var kept = accounts.find(id).orElseThrow();
        assertThat(kept.getFullName()).isEqualTo("Cleo Closing");
        assertThat(kept.getEmail()).isNotEqualTo(email).endsWith("@closed.invalid");
        assertThat(licences.printed(id)).isEqualTo("Licence CL-77");
        assertThat(certificates.verify(code))
                .hasValueSatisfying(v -> assertThat(v.learnerName()).isEqualTo("Cleo Closing"));

        signUp(new PageClient(app), "Cleo Anew", email);
        assertThat(accounts.findByEmail(email).orElseThrow().getId()).isNotEqualTo(id);
    }

    @Test
    void aLearnerNeverCertifiedHasTheirProgressAttemptsAndEvaluationsDeletedAtOnce() throws Exception {
        var course = fixtures.course("approval");
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        signUp(browser, "Nico Never", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        fixtures.completeLessons(id, course.module());
        fixtures.evaluate(id, course.slug());
        var page = browser.page("account");
        assertThat(page.select("#close-title + p + p").text())
                .startsWith("Deleted at once")
                .contains("lesson progress");

        close(browser, page, Clinicians.PASSWORD);

        assertThat(progress.completedLessons(id)).isEmpty();
        assertThat(evaluations.submitted(id, course.slug())).isFalse();
        assertThat(Mailbox.text(mailbox.await(email, "Your Attune account is closed")))
                .contains("Your email, password, progress, post-test attempts and course evaluations are deleted.")
                .contains("keeps your name, your licences and the records of the certificates you earned for 4 years");
        assertThat(accounts.find(id).orElseThrow().getFullName()).isEqualTo("Nico Never");
    }

    @Test
    void aCertifiedLearnersLearningRecordsAreErasedWithTheRestWhenTheRetentionPeriodEnds() throws Exception {
        var course = fixtures.course("auto");
        long id = fixtures.completedLearner(course, "Vera Veteran");
        certificates.claim(id, course.slug(), BASE).orElseThrow();
        closing.close(id, Clinicians.PASSWORD.toCharArray(), "192.0.2.1");
        assertThat(progress.completedLessons(id)).isNotEmpty();
        closedFiveYearsAgo(id);

        closing.eraseExpired();

        assertThat(accounts.find(id)).isEmpty();
        assertThat(progress.completedLessons(id)).isEmpty();
        assertThat(evaluations.submitted(id, course.slug())).isFalse();
        assertThat(certificates.of(id)).isEmpty();
    }

    @Test
    void theRecordsOfAnAccountClosedLongerAgoThanTheRetentionPeriodAreErasedAndNoOthers() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        long old = closedWithCertificate(course, "Olga Old");
        long recent = closedWithCertificate(course, "Rhea Recent");
        closedFiveYearsAgo(old);

        closing.eraseExpired();

        assertThat(accounts.find(old)).isEmpty();
        assertThat(certificates.of(old)).isEmpty();
        assertThat(licences.of(old)).isEmpty();
        assertThat(accounts.find(recent)).isPresent();
        assertThat(certificates.of(recent)).hasSize(1);
    }

    @Test
    void whatAClinicianRecordedFromElsewhereGoesAtClosingAndNeverHoldsUpTheLaterErasure() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        var email = Clinicians.newEmail();
        signUp(new PageClient(app), "Elsa Elsewhere", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var entry = entries.add(
                id,
                new CeEntryDetails(
                        "Ethics in telehealth",
                        "Another provider",
                        "apa",
                        LocalDate.now(),
                        BigDecimal.ONE,
                        "law-and-ethics",
                        true));
        entries.attach(id, entry.getId(), UploadedPdf.of("ethics.pdf", Pdfs.onePage()));
        lifecycle.issueManually(id, course, "In person.", "admin@example.org", BASE);

        closing.close(id, Clinicians.PASSWORD.toCharArray(), "192.0.2.1");

        assertThat(entries.of(id)).isEmpty();
        assertThat(entries.file(id, entry.getId())).isEmpty();
        assertThat(certificates.of(id)).as("the provider's records stay").hasSize(1);
        closedFiveYearsAgo(id);

        closing.eraseExpired();

        assertThat(accounts.find(id)).isEmpty();
    }

    /** Moves the closure five years back, past the 4-year retention period of these tests' courses. */
    private void closedFiveYearsAgo(long accountId) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE account SET closed_at = closed_at - INTERVAL '5' YEAR WHERE id = ?1")
                .setParameter(1, accountId)
                .executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private long closedWithCertificate(String course, String name) throws Exception {
        var email = Clinicians.newEmail();
        signUp(new PageClient(app), name, email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        lifecycle.issueManually(id, course, "In person.", "admin@example.org", BASE);
        closing.close(id, Clinicians.PASSWORD.toCharArray(), "192.0.2.1");
        return id;
    }

    private static Document close(PageClient browser, Document page, String password) throws Exception {
        return browser.submit(page, "closing", Map.of("closePassword", password), "close");
    }

    private static void signUp(PageClient browser, String name, String email) throws Exception {
        Clinicians.signUp(browser, name, email, "Counsellor", "CL-77");
    }
}
