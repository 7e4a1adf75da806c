package org.attune.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.EnumSet;
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

/** The email a learner gets when they pass a post-test, as delivered to a real SMTP server. */
@ExtendWith(ArquillianExtension.class)
class PostTestLettersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Mailbox mailbox;

    @Inject
    NotificationPreferences preferences;

    @Inject
    PublicUrl publicUrl;

    @Test
    void passingAPostTestIsEmailedOnceWithTheModuleAndTheScore() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.learner("Mere Tawhiri");
        var email = fixtures.emailOf(learner);
        fixtures.completeLessons(learner, course.module());

        fixtures.passPostTest(learner, course.module());

        var passed = mailbox.await(email, "You passed the post-test");
        assertThat(Mailbox.subject(passed)).isEqualTo("You passed the post-test for Module " + course.module());
        assertThat(Mailbox.text(passed).replace("\r\n", "\n"))
                .startsWith("Hello Mere Tawhiri,\n\nWell done: you passed the post-test for Module " + course.module()
                        + " with a score of 100% (the pass mark is 75%).");
        assertThat(Mailbox.link(passed, "/certificates")).isEqualTo(publicUrl.base() + "/certificates");
        fixtures.evaluate(learner, course.slug());
        mailbox.await(email, "is ready");
        assertThat(mailbox.to(email))
                .extracting(Mailbox::subject)
                .as("the pass once, then the certificate")
                .containsExactly(
                        "You passed the post-test for Module " + course.module(),
                        "Your certificate for Course " + course.slug() + " is ready");
    }

    @Test
    void aLearnerWhoTurnedThePostTestEmailOffGetsNoneForAPass() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.learner("Noa Kealoha");
        preferences.turnOff(learner, EnumSet.of(Notification.POST_TEST_PASSED));
        var email = fixtures.emailOf(learner);

        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        fixtures.evaluate(learner, course.slug());

        mailbox.await(email, "is ready");
        assertThat(mailbox.to(email))
                .extracting(Mailbox::subject)
                .containsExactly("Your certificate for Course " + course.slug() + " is ready");
    }
}
