package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import org.attune.account.Notification;
import org.attune.account.NotificationPreferences;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.Mailbox;
import org.attune.web.PublicUrl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a learner is told by email about their certificate, as delivered to a real SMTP server: each message once,
 * with the links they need, and none that they turned off.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateLettersIT {

    private static final String ADMIN = "admin@example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Mailbox mailbox;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Inject
    NotificationPreferences preferences;

    @Inject
    PublicUrl publicUrl;

    @Test
    void aCertificateIssuedOnCompletionIsEmailedOnceWithItsVerificationLink() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.completedLearner(course, "Mere Tawhiri");
        var email = fixtures.emailOf(learner);
        var code = certificates.current(learner, course.slug()).orElseThrow().getCode();

        var ready = mailbox.await(email, "is ready");

        assertThat(Mailbox.subject(ready)).isEqualTo("Your certificate for Course " + course.slug() + " is ready");
        assertThat(text(ready))
                .startsWith("Hello Mere Tawhiri,\n\nCongratulations: you have completed Course " + course.slug()
                        + ", and your certificate for 1.25 CE hours is ready.")
                .contains("You can download it as a PDF from My certificates:\n" + base() + "/certificates\n")
                .contains("Certificate code: " + code);
        assertThat(Mailbox.link(ready, "/verify/")).isEqualTo(base() + "/verify/" + code);
        lifecycle.revoke(code, "Entered for the wrong learner.", ADMIN);
        mailbox.await(email, "has been revoked");
        assertThat(subjects(email))
                .as("one message per fact, in order")
                .containsExactly(
                        "You passed the post-test for Module " + course.module(),
                        "Your certificate for Course " + course.slug() + " is ready",
                        "Your certificate for Course " + course.slug() + " has been revoked");
    }

    @Test
    void aCertificateIssuedByAnAdminIsEmailedAsReady() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null);
        long learner = fixtures.learner("Kai Brennan");

        var issued = lifecycle.issueManually(learner, course.slug(), "Attended the workshop.", ADMIN, base());

        var ready = mailbox.await(fixtures.emailOf(learner), "is ready");
        assertThat(text(ready)).contains("An administrator has issued you a certificate for Course " + course.slug());
        assertThat(Mailbox.link(ready, "/verify/")).isEqualTo(base() + "/verify/" + issued.getCode());
    }

    @Test
    void aPendingCertificateIsEmailedOnlyOnceAnAdminApprovesIt() throws Exception {
        var course = fixtures.course("approval");
        long learner = fixtures.completedLearner(course, "Ana Pérez");
        var email = fixtures.emailOf(learner);
        var code = certificates.current(learner, course.slug()).orElseThrow().getCode();

        lifecycle.approve(code, ADMIN);

        var approved = mailbox.await(email, "is approved");
        assertThat(text(approved))
                .contains("Good news: an administrator has approved your certificate for Course " + course.slug()
                        + " (1.25 CE hours).")
                .contains(base() + "/certificates\n");
        assertThat(Mailbox.link(approved, "/verify/")).isEqualTo(base() + "/verify/" + code);
        assertThat(subjects(email))
                .as("nothing said while it waited, then the approval")
                .containsExactly(
                        "You passed the post-test for Module " + course.module(),
                        "Your certificate for Course " + course.slug() + " is approved");
    }

    @Test
    void aRevocationIsEmailedWithTheAdminsReason() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.completedLearner(course, "Lior Ben-David");
        var code = certificates.current(learner, course.slug()).orElseThrow().getCode();

        lifecycle.revoke(code, "The evaluation was submitted for another person.", ADMIN);

        var revoked = mailbox.await(fixtures.emailOf(learner), "has been revoked");
        assertThat(text(revoked))
                .contains("An administrator has revoked your certificate for Course " + course.slug() + " (code " + code
                        + "). The reason they gave:\n\nThe evaluation was submitted for another person.\n\n")
                .contains("please contact Test Provider, who provides the course.");
        assertThat(Mailbox.link(revoked, "/verify/")).isEqualTo(base() + "/verify/" + code);
    }

    @Test
    void aReissueIsEmailedWithTheNewCodeAndSaysTheOldOneIsSuperseded() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.completedLearner(course, "Siosaia Fifita");
        var old = certificates.current(learner, course.slug()).orElseThrow().getCode();

        var replacement = lifecycle.reissue(old, base(), ADMIN).getCode();

        var reissued = mailbox.await(fixtures.emailOf(learner), "has been reissued");
        assertThat(text(reissued))
                .contains("Its new code is " + replacement + ".")
                .contains("now prints: Siosaia Fifita; Licence LPC 7781.")
                .contains("Your previous certificate (" + old + ") now shows as superseded");
        assertThat(Mailbox.link(reissued, "/verify/" + replacement)).isEqualTo(base() + "/verify/" + replacement);
        assertThat(certificates.verify(old).orElseThrow().status()).isEqualTo("superseded");
    }

    @Test
    void aLearnerWhoTurnedOffCertificateEmailsGetsNoneOfThose() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.learner("Noa Kealoha");
        preferences.turnOff(learner, EnumSet.of(Notification.CERTIFICATE_ISSUED));
        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        fixtures.evaluate(learner, course.slug());
        var code = certificates.current(learner, course.slug()).orElseThrow().getCode();
        var email = fixtures.emailOf(learner);

        lifecycle.revoke(code, "Issued in error.", ADMIN);

        mailbox.await(email, "has been revoked");
        assertThat(subjects(email))
                .as("the certificate was issued before it was revoked, and nothing said so")
                .containsExactly(
                        "You passed the post-test for Module " + course.module(),
                        "Your certificate for Course " + course.slug() + " has been revoked");
    }

    private String base() {
        return publicUrl.base();
    }

    private List<String> subjects(String email) {
        return mailbox.to(email).stream().map(Mailbox::subject).toList();
    }

    private static String text(MimeMessage message) {
        return Mailbox.text(message).replace("\r\n", "\n");
    }
}
