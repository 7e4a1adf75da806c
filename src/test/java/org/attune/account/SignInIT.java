package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing up, in and out, and who is sent to sign in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void anAnonymousRequestForALessonIsSentToSignIn() throws Exception {
        var response = PageClient.getWithoutRedirect(app, "learn/any-module/any-lesson");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/signin?next=%2Flearn%2Fany-module%2Fany-lesson"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutRevealingWhetherTheEmailExists() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Dana Reyes", email);

        var wrongPassword = Clinicians.signIn(new PageClient(app), email, "not the password at all");
        var unknownEmail = Clinicians.signIn(new PageClient(app), Clinicians.newEmail(), "not the password at all");

        assertThat(wrongPassword.select(".who")).isEmpty();
        assertThat(wrongPassword.select(".ui-messages-error").text()).isEqualTo(SignInView.FAILED);
        assertThat(unknownEmail.select(".ui-messages-error").text()).isEqualTo(SignInView.FAILED);
    }

    @Test
    void fiveWrongPasswordsPauseSigningInWithThatEmailEvenWithTheRightOne() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Guessed At", email);
        for (int i = 0; i < 5; i++) {
            assertThat(Clinicians.signIn(new PageClient(app), email.toUpperCase(), "wrong guess " + i)
                            .select(".ui-messages-error")
                            .text())
                    .isEqualTo(SignInView.FAILED);
        }

        var paused = Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD);

        assertThat(paused.select(".ui-messages-error").text()).startsWith("Too many failed sign-ins with this email.");
        assertThat(paused.select(".who")).as("not signed in").isEmpty();
        var unknown = Clinicians.newEmail();
        for (int i = 0; i < 5; i++) {
            Clinicians.signIn(new PageClient(app), unknown, "wrong guess " + i);
        }
        assertThat(Clinicians.signIn(new PageClient(app), unknown, "another guess")
                        .select(".ui-messages-error")
                        .text())
                .as("an email without an account is paused alike, so the pause reveals nothing")
                .startsWith("Too many failed sign-ins with this email.");
    }

    @Test
    void twentyWrongPasswordsAtOnceAreCountedOneAfterAnotherSoOnlyFiveAreTried() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Para Llel", email);
        var attempts = new ArrayList<Callable<String>>();
        var start = new CountDownLatch(1);
        for (int i = 0; i < 20; i++) {
            var browser = new PageClient(app);
            var page = browser.page("signin");
            var guess = "wrong guess " + i;
            attempts.add(() -> {
                start.await();
                return browser.submit(page, "signin", Map.of("email", email, "password", guess), "submit")
                        .select(".ui-messages-error")
                        .text();
            });
        }
        var pool = Executors.newFixedThreadPool(attempts.size());
        var messages = new ArrayList<String>();
        try {
            var answers = attempts.stream().map(pool::submit).toList();
            start.countDown();
            for (var answer : answers) {
                messages.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(messages)
                .filteredOn(SignInView.FAILED::equals)
                .as("guesses tried")
                .hasSize(5);
        assertThat(messages)
                .filteredOn(m -> m.startsWith("Too many failed sign-ins with this email."))
                .as("guesses refused unread")
                .hasSize(15);
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".ui-messages-error")
                        .text())
                .startsWith("Too many failed sign-ins with this email.");
    }

    @Test
    void twentyFailedSignInsFromOneNetworkPauseItForEveryEmailWhileOtherNetworksSignInAsUsual() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Net Worked", email);
        var network = PageClient.newNetwork();
        for (int i = 0; i < 20; i++) {
            assertThat(Clinicians.signIn(new PageClient(app, network), Clinicians.newEmail(), "a guess")
                            .select(".ui-messages-error")
                            .text())
                    .isEqualTo(SignInView.FAILED);
        }

        var paused = Clinicians.signIn(new PageClient(app, network), email, Clinicians.PASSWORD);

        assertThat(paused.select(".ui-messages-error").text())
                .startsWith("Too many failed sign-ins from your network.");
        assertThat(paused.select(".who")).isEmpty();
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".who")
                        .text())
                .as("from another network")
                .isEqualTo("Net Worked");
    }

    @Test
    void aSignedOutSessionIsToldWhyOnTheSignInPage() throws Exception {
        var browser = new PageClient(app);

        var changed = browser.page("signin?signedout=changed");
        var unknown = browser.page("signin?signedout=%3Cscript%3E");

        assertThat(changed.select(".notice").text())
                .startsWith("You were signed out because something about your" + " account changed");
        assertThat(unknown.select(".notice"))
                .as("nothing from the address is echoed")
                .isEmpty();
    }

    @Test
    void aClinicianSignsInWithAnyCaseOfTheirEmailAndSignsOut() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Sam Okafor", email);
        var browser = new PageClient(app);

        var signedIn = Clinicians.signIn(browser, email.toUpperCase(), Clinicians.PASSWORD);
        assertThat(signedIn.select(".who").text()).isEqualTo("Sam Okafor");

        var signedOut = browser.submit(signedIn, "signout", Map.of(), "signOut");
        assertThat(signedOut.select(".who")).isEmpty();
        assertThat(signedOut.select("a[href$=/signin]")).isNotEmpty();
    }

    @Test
    void signUpExplainsWhatIsMissingBesideEachField() throws Exception {
        var browser = new PageClient(app);

        var page = browser.submit(
                browser.page("signup"),
                "signup",
                Map.of("fullName", "", "email", "not-an-email", "password", "short"),
                "submit");

        assertThat(page.select(".who")).isEmpty();
        assertThat(page.select("[id=signup:fullName] ~ .ui-message-error, .field:has([id=signup:fullName]) .ui-message")
                        .text())
                .contains("full name");
        assertThat(page.select(".field:has([id=signup:email]) .ui-message").text())
                .contains("email address");
        assertThat(page.select(".field:has([id=signup:password]) .ui-message").text())
                .contains("12 to 128");
    }

    @Test
    void anEmailCanOpenOnlyOneAccount() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "First Person", email);
        var browser = new PageClient(app);

        var page = browser.submit(
                browser.page("signup"),
                "signup",
                Map.of("fullName", "Second Person", "email", email, "password", Clinicians.PASSWORD),
                "submit");

        assertThat(page.select(".who")).isEmpty();
        assertThat(page.select("#sent").text())
                .as("answered as for a new address, so the page tells nobody the address has an account")
                .contains("Check your inbox");
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".who")
                        .text())
                .as("still the first person's account")
                .contains("First Person");
    }
}
