package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.attune.certificate.Certificate;
import org.attune.certificate.CertificateLifecycle;
import org.attune.certificate.CertificateRefusal;
import org.attune.certificate.CertificateService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.Mailbox;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up and email addresses as a clinician meets them, reading the real messages that arrive: "check your inbox"
 * whatever the address, an account unconfirmed (and without certificates) until its link is followed, which signs
 * in; the owner of a registered address told that someone tried; a changed address confirmed at the new one, with a
 * notice to the old one.
 */
@ExtendWith(ArquillianExtension.class)
class EmailVerificationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    EmailVerification verification;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    Fixtures fixtures;

    @Inject
    Mailbox mailbox;

    @Test
    void signUpAsksToCheckTheInboxAndTheMailedLinkConfirmsTheAddressAndSignsIn() throws Exception {
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);

        var sent = signUp(browser, "Vera Verify", email);

        assertThat(sent.select("#sent").text()).contains("Check your inbox: we have sent a message to " + email);
        assertThat(sent.select(".who")).as("not signed in yet").isEmpty();
        assertThat(accounts.findByEmail(email).orElseThrow().isEmailVerified()).isFalse();
        var message = mailbox.await(email, "Confirm your email address for Attune");
        assertThat(Mailbox.text(message))
                .contains("Hello Vera Verify,")
                .contains("open this link within 48 hours")
                .doesNotContain("/account/notifications");

        var landing = browser.page(path(Mailbox.link(message, "/confirm-email?token=")));

        assertThat(landing.select(".who").text()).contains("Vera Verify");
        assertThat(landing.select("#confirmed").text()).contains("your email address is confirmed");
        assertThat(accounts.findByEmail(email).orElseThrow().isEmailVerified()).isTrue();
        assertThat(new PageClient(app)
                        .page(path(Mailbox.link(message, "/confirm-email?token=")))
                        .select("#problem")
                        .text())
                .as("the link works once")
                .contains("This link has expired or was already used");
    }

    @Test
    void aConfirmationLinkDoesNotSignInAnAccountWithTwoStepSignIn() throws Exception {
        long learner = fixtures.unconfirmedLearner("Tova Twostep");
        var email = accounts.find(learner).orElseThrow().getEmail();
        Clinicians.giveSecondFactor(accounts, email);
        verification.resend(learner, "203.0.113.10");
        var link = Mailbox.link(mailbox.await(email, "Confirm your email address"), "/confirm-email?token=");

        var landing = new PageClient(app).page(path(link));

        assertThat(landing.select(".who")).as("the code is still asked for").isEmpty();
        assertThat(landing.location()).contains("signin?signedout=confirmed");
        assertThat(accounts.find(learner).orElseThrow().isEmailVerified()).isTrue();
    }

    @Test
    void signingUpWithARegisteredAddressAnswersTheSameAndTellsItsOwner() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Olga Owner", email);

        var again = signUp(new PageClient(app), "Someone Else", email);

        assertThat(again.select("#sent").text()).contains("Check your inbox: we have sent a message to " + email);
        assertThat(Mailbox.text(mailbox.await(email, "Someone tried to open an Attune account with your address")))
                .contains("Hello Olga Owner,")
                .contains("We did not open a second account, and yours is unchanged.");
        assertThat(accounts.findByEmail(email).orElseThrow().getFullName()).isEqualTo("Olga Owner");
    }

    @Test
    void anUnconfirmedLearnerWhoCompletesTheCourseGetsTheCertificateOnlyOnceTheyConfirm() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.unconfirmedLearner("Uma Unconfirmed");
        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        fixtures.evaluate(learner, course.slug());

        var checklist = certificates.checklist(learner, course.slug()).orElseThrow();
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.items())
                .filteredOn(i -> !i.done())
                .extracting(i -> i.label())
                .containsExactly("Your email address");
        assertThat(certificates.current(learner, course.slug())).isEmpty();

        var email = accounts.find(learner).orElseThrow().getEmail();
        verification.resend(learner, "203.0.113.7");
        var link = Mailbox.link(mailbox.await(email, "Confirm your email address"), "/confirm-email?token=");
        new PageClient(app).page(path(link));

        assertThat(awaitCertificate(learner, course.slug()))
                .as("claimed once the address is confirmed")
                .isPresent();
    }

    @Test
    void anAdminCannotIssueACertificateByHandToAnUnconfirmedAddress() throws Exception {
        var course = fixtures.course("approval");
        long learner = fixtures.unconfirmedLearner("Ned Notyet");

        var refused = catchThrowableOfType(
                CertificateRefusal.class,
                () -> lifecycle.issueManually(learner, course.slug(), "Attended the workshop", "admin", "http://x"));

        assertThat(refused).hasMessageContaining("has not confirmed their email address yet");
        assertThat(certificates.current(learner, course.slug())).isEmpty();
    }

    @Test
    void aNewAddressIsConfirmedThereWithANoticeToTheOldOneAndThenSignsIn() throws Exception {
        var old = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Cody Change", old);
        long id = accounts.findByEmail(old).orElseThrow().getId();
        var renewed = Clinicians.newEmail();

        verification.requestChange(id, renewed, Clinicians.PASSWORD.toCharArray(), "203.0.113.8");

        assertThat(Mailbox.text(mailbox.await(old, "Your Attune email address is being changed")))
                .contains("to " + renewed + ". The change happens only when the link we sent to that address is");
        var link = Mailbox.link(mailbox.await(renewed, "Confirm your new email address"), "/confirm-email?token=");
        assertThat(accounts.find(id).orElseThrow().getEmail())
                .as("unchanged until confirmed")
                .isEqualTo(old);

        var confirmed = new PageClient(app).page(path(link));

        assertThat(confirmed.location()).contains("signin?signedout=email-changed");
        assertThat(accounts.find(id).orElseThrow().getEmail()).isEqualTo(renewed);
        assertThat(browser.get("dashboard").uri().toString()).as("signed out").contains("signin");
        assertThat(Clinicians.signIn(new PageClient(app), renewed, Clinicians.PASSWORD)
                        .select(".who")
                        .text())
                .contains("Cody Change");
    }

    @Test
    void aClinicianAsksForANewAddressOnMyAccount() throws Exception {
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Mo Moving", email);
        var renewed = Clinicians.newEmail();

        var wrong = browser.submit(
                browser.page("account"),
                "email",
                Map.of("newEmail", renewed, "currentPassword", "not it"),
                "changeEmail");
        assertThat(wrong.select(".field:has([id=email:currentPassword]) .ui-message")
                        .text())
                .isEqualTo("That is not your current password.");
        var sent = browser.submit(
                wrong, "email", Map.of("newEmail", renewed, "currentPassword", Clinicians.PASSWORD), "changeEmail");

        assertThat(sent.select("#emailSent").text()).contains("We have sent a link to " + renewed);
        assertThat(Mailbox.text(mailbox.await(renewed, "Confirm your new email address")))
                .contains("Hello Mo Moving,");
        mailbox.await(email, "Your Attune email address is being changed");
    }

    @Test
    void changingTheAddressAsksForTheCurrentPassword() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Pia Password", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();

        var refused = catchThrowableOfType(
                AccountRefusal.class,
                () -> verification.requestChange(
                        id, Clinicians.newEmail(), "not my password".toCharArray(), "203.0.113.9"));

        assertThat(refused).hasMessage("That is not your current password.");
    }

    @Test
    void anAdminResendsTheConfirmationEmail() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUpUnconfirmed(new PageClient(app), "Abe Again", email);
        mailbox.await(email, "Confirm your email address");
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var admin = Clinicians.signedInAdmin(accounts, app);
        var record = admin.page("admin/account/" + id);
        assertThat(record.select(".facts").text()).contains(email + " (not confirmed yet)");

        assertThat(admin.clickAjax(record, "sessions", "resendConfirmation"))
                .contains("A new confirmation link is on its way to " + email);

        var deadline = Instant.now().plusSeconds(60);
        while (mailbox.to(email).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(mailbox.to(email)).extracting(Mailbox::subject).hasSize(2);
    }

    private Optional<Certificate> awaitCertificate(long learner, String course) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var current = certificates.current(learner, course);
            if (current.isPresent()) {
                return current;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private Document signUp(PageClient browser, String name, String email) throws Exception {
        return browser.submit(
                browser.page("signup"),
                "signup",
                Map.of("fullName", name, "email", email, "password", Clinicians.PASSWORD),
                "submit");
    }

    private static String path(String link) {
        return link.substring(link.indexOf("confirm-email?token="));
    }
}
