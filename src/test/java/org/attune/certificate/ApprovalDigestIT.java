package org.attune.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.attune.account.Notification;
import org.attune.account.NotificationPreferences;
import org.attune.certificate.ApprovalDigests.Outcome;
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
 * The admins' digest of certificates waiting for approval, as delivered to a real SMTP server. Each test looks for a
 * due digest at moments of a year of its own long past, hour by hour, so that its digests are told apart by the
 * moment they name ("As of 5 March 2001, 10:20 UTC") from those the servers' own timer sends now, and so that no
 * digest of the present is the one before them.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalDigestIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Mailbox mailbox;

    @Inject
    ApprovalDigests digests;

    @Inject
    CertificateService certificates;

    @Inject
    NotificationPreferences preferences;

    @Inject
    PublicUrl publicUrl;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Test
    void oneDigestAnHourListsWhatWaitsAndNoneGoesOutWhenNothingNewWaits() throws Exception {
        long admin = fixtures.admin("Ada Admin");
        var email = fixtures.emailOf(admin);
        var course = fixtures.course("approval");
        var first = waitingCertificate(course, "Ana Pérez");
        var hour = hourIn(2001);

        assertThat(lookAt(hour.plus(Duration.ofMinutes(20)))).isEqualTo(Outcome.SENT);
        var digest = digestAt(email, ":20 UTC", first);
        var second = waitingCertificate(course, "Bilal Haddad");
        assertThat(lookAt(hour.plus(Duration.ofMinutes(50)))).isEqualTo(Outcome.SENT_THIS_HOUR);
        assertThat(lookAt(hour.plus(Duration.ofMinutes(70)))).isEqualTo(Outcome.SENT);
        var next = digestAt(email, ":10 UTC", first, second);
        assertThat(lookAt(hour.plus(Duration.ofMinutes(130)))).isEqualTo(Outcome.NOTHING_NEW);
        var third = waitingCertificate(course, "Chen Wei");
        assertThat(lookAt(hour.plus(Duration.ofMinutes(190)))).isEqualTo(Outcome.SENT);
        digestAt(email, ":10 UTC", third);

        assertThat(Mailbox.subject(digest)).endsWith("waiting for your approval");
        assertThat(text(digest))
                .startsWith("Hello Ada Admin,\n\nAs of ")
                .contains("Ana Pérez, Course " + course.slug() + " (1.25 CE hours), waiting since ")
                .contains(", code " + first)
                .doesNotContain(second);
        assertThat(Mailbox.link(digest, "/admin/certificates")).isEqualTo(publicUrl.base() + "/admin/certificates");
        assertThat(text(next)).contains(first).contains(second);
        assertThat(digestsOfTheYear(email, 2001))
                .as("one for each hour something new waited, none in the same hour, none when nothing new waited")
                .hasSize(3);
    }

    @Test
    void whileAnotherServerHoldsTheDigestsLockThisOneSendsNothing() throws Exception {
        long admin = fixtures.admin("Ada Admin");
        var email = fixtures.emailOf(admin);
        var code = waitingCertificate(fixtures.course("approval"), "Ana Pérez");
        var moment = hourIn(2002).plus(Duration.ofMinutes(5));

        transaction.begin();
        try {
            em.createNativeQuery("select name from app_lock where name = 'approval-digest' for update")
                    .getResultList();
            assertThat(digests.sendIfDue(moment)).isEqualTo(Outcome.ANOTHER_SERVER_IS_LOOKING);
        } finally {
            transaction.rollback();
        }
        assertThat(lookAt(moment)).isEqualTo(Outcome.SENT);
        assertThat(lookAt(moment)).isEqualTo(Outcome.SENT_THIS_HOUR);

        digestAt(email, ":05 UTC", code);
        assertThat(digestsOfTheYear(email, 2002)).hasSize(1);
    }

    @Test
    void anAdminWhoTurnedTheDigestOffGetsNoneUntilTheyTurnItBackOn() throws Exception {
        long quiet = fixtures.admin("Quinn Quiet");
        long keen = fixtures.admin("Kiri Keen");
        preferences.turnOff(quiet, EnumSet.of(Notification.APPROVAL_DIGEST));
        var course = fixtures.course("approval");
        var first = waitingCertificate(course, "Ana Pérez");
        var hour = hourIn(2003);

        assertThat(lookAt(hour)).isEqualTo(Outcome.SENT);
        digestAt(fixtures.emailOf(keen), ":00 UTC", first);
        preferences.turnOff(quiet, EnumSet.noneOf(Notification.class));
        var second = waitingCertificate(course, "Bilal Haddad");
        assertThat(lookAt(hour.plus(Duration.ofHours(1)))).isEqualTo(Outcome.SENT);

        var email = fixtures.emailOf(quiet);
        digestAt(email, ":00 UTC", second);
        assertThat(digestsOfTheYear(email, 2003))
                .as("only the one after it was back on")
                .hasSize(1);
    }

    /** A learner who completed the approval course: their certificate waits. Its code. */
    private String waitingCertificate(Fixtures.TestCourse course, String name) throws Exception {
        long learner = fixtures.completedLearner(course, name);
        var certificate = certificates.current(learner, course.slug()).orElseThrow();
        assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.PENDING);
        return certificate.getCode();
    }

    /** Looks for a due digest at the moment, again when the servers' own timer was looking at that instant. */
    private Outcome lookAt(Instant moment) {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        var outcome = digests.sendIfDue(moment);
        while (outcome == Outcome.ANOTHER_SERVER_IS_LOOKING && Instant.now().isBefore(deadline)) {
            outcome = digests.sendIfDue(moment);
        }
        return outcome;
    }

    /** The digest, sent at a moment of this test's year, whose time ends so and that lists the codes. */
    private MimeMessage digestAt(String email, String timeEnding, String... codes) {
        return mailbox.await(email, "a digest as of " + timeEnding + " listing " + List.of(codes), message -> {
            var text = text(message);
            return text.matches("(?s).*As of \\d+ \\w+ 200\\d, \\d\\d" + timeEnding + ",.*")
                    && List.of(codes).stream().allMatch(text::contains);
        });
    }

    private List<MimeMessage> digestsOfTheYear(String email, int year) {
        return mailbox.to(email).stream()
                .filter(message -> text(message).matches("(?s).*As of \\d+ \\w+ " + year + ", .*"))
                .toList();
    }

    /** An hour of the given year, chosen at random so that no two runs on one database share it. */
    private static Instant hourIn(int year) {
        return LocalDateTime.of(year, 1, 1, 0, 0)
                .plusHours(RANDOM.nextInt(24 * 300))
                .toInstant(ZoneOffset.UTC);
    }

    private static String text(MimeMessage message) {
        return Mailbox.text(message).replace("\r\n", "\n");
    }
}
