package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.certificate.CertificateLifecycle;
import org.attune.certificate.CertificateService;
import org.attune.content.ModuleLibrary;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.Mailbox;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor costs the server no session: every page and API answer an anonymous GET can reach comes without a
 * cookie, a session opens only when someone signs in or up, and a visitor sent to sign in for a protected page
 * still comes back to it, the way back carried in the address instead of a session.
 */
@ExtendWith(ArquillianExtension.class)
class VisitorSessionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Test
    void noPageOrApiAnswerAVisitorCanReachSetsACookie() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var code = certificate();
        var answers = new ArrayList<String>();
        var withCookie = new ArrayList<String>();
        for (var path : List.of(
                "",
                "modules/" + module.slug(),
                "verify/" + code,
                "verify/NO-SUCH-CODE",
                "signin",
                "signup",
                "no/such/page",
                "dashboard",
                "learn/" + module.slug() + "/" + module.lessons().get(0).slug(),
                "api/modules",
                "api/certificates/" + code,
                "api/certificates/NO-SUCH-CODE",
                "api/certificates/" + code + "/pdf")) {
            var response = PageClient.getWithoutRedirect(app, path);
            answers.add(path + " " + response.statusCode());
            if (response.headers().firstValue("Set-Cookie").isPresent()) {
                withCookie.add(path + ": " + response.headers().allValues("Set-Cookie"));
            }
        }

        assertThat(answers)
                .as("each address answered as it does for a visitor")
                .contains(
                        " 200",
                        "modules/" + module.slug() + " 200",
                        "verify/" + code + " 200",
                        "verify/NO-SUCH-CODE 404",
                        "signin 200",
                        "signup 200",
                        "dashboard 302",
                        "api/modules 200",
                        "api/certificates/" + code + " 200");
        assertThat(withCookie).as("answers that opened a session").isEmpty();
    }

    @Test
    void signingInOpensASessionOnlyWhenTheFormIsSentAndSucceeds() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Sela Session", email);
        var browser = new PageClient(app);
        var form = browser.page("signin");
        assertThat(browser.cookie("JSESSIONID"))
                .as("after opening the sign-in page")
                .isEmpty();

        var refused = browser.submit(form, "signin", Map.of("email", email, "password", "not the password"), "submit");
        assertThat(refused.select(".ui-messages-error").text()).isNotBlank();
        var invalid = browser.submit(refused, "signin", Map.of("email", "", "password", ""), "submit");
        assertThat(invalid.select(".field:has([id=signin:email]) .ui-message").text())
                .as("the stateless form still explains what is missing")
                .contains("Enter your email.");
        assertThat(browser.cookie("JSESSIONID")).as("after failed sign-ins").isEmpty();

        var signedIn =
                browser.submit(invalid, "signin", Map.of("email", email, "password", Clinicians.PASSWORD), "submit");
        assertThat(signedIn.select(".who").text()).isEqualTo("Sela Session");
        assertThat(browser.cookie("JSESSIONID")).isPresent();
    }

    @Test
    void signingUpOpensASessionOnlyOnceTheAccountIsMade() throws Exception {
        var browser = new PageClient(app);
        var form = browser.page("signup");

        var invalid = browser.submit(
                form, "signup", Map.of("fullName", "", "email", "not-an-email", "password", "short"), "submit");
        assertThat(invalid.select(".field:has([id=signup:password]) .ui-message")
                        .text())
                .contains("12 to 128");
        assertThat(browser.cookie("JSESSIONID")).as("after a refused sign-up").isEmpty();

        Clinicians.signUp(browser, "Noor New", Clinicians.newEmail());
        assertThat(browser.cookie("JSESSIONID")).isPresent();
    }

    @Test
    void aVisitorSentToSignInForAPageComesBackToItWithoutASession() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var lesson = "learn/" + module.slug() + "/" + module.lessons().get(0).slug();
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Ines Inbound", email);

        var sent = PageClient.getWithoutRedirect(app, lesson + "?from=mail");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Set-Cookie")).isEmpty();
        var signIn = sent.headers().firstValue("Location").orElseThrow();
        assertThat(URLDecoder.decode(signIn, StandardCharsets.UTF_8))
                .endsWith("/signin?next=/" + lesson + "?from=mail");

        var browser = new PageClient(app);
        var landing = browser.submit(
                browser.page(signIn), "signin", Map.of("email", email, "password", Clinicians.PASSWORD), "submit");
        assertThat(landing.location()).endsWith("/" + lesson + "?from=mail");
        assertThat(landing.select("article.lesson h1").text())
                .isEqualTo(module.lessons().get(0).title());
    }

    @Test
    void aVisitorWhoSignsUpOnTheWayToAPageComesBackToItToo() throws Exception {
        var browser = new PageClient(app);
        var signIn = browser.page(PageClient.getWithoutRedirect(app, "certificates")
                .headers()
                .firstValue("Location")
                .orElseThrow());
        var signUp = browser.page(signIn.select(".aside a[href*=signup]").attr("abs:href"));

        var email = Clinicians.newEmail();
        browser.submit(
                signUp,
                "signup",
                Map.of("fullName", "Uma Upward", "email", email, "password", Clinicians.PASSWORD),
                "submit");
        var link = Mailbox.link(Mailbox.fetch(email, "Confirm your email address"), "/confirm-email?token=");
        var landing = browser.page(link.substring(link.indexOf("confirm-email?token=")));

        assertThat(landing.select(".who").text()).isEqualTo("Uma Upward");
        assertThat(landing.location()).endsWith("/certificates");
    }

    @Test
    void aWayBackToAnotherSiteIsIgnored() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Oki Onsite", email);
        for (var next :
                List.of("//attacker.example/x", "https://attacker.example/", "/\\attacker.example", "dashboard")) {
            var browser = new PageClient(app);
            var signIn = browser.page("signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));

            var landing =
                    browser.submit(signIn, "signin", Map.of("email", email, "password", Clinicians.PASSWORD), "submit");

            assertThat(landing.location()).as(next).startsWith(app.toString());
            assertThat(landing.select(".who").text()).as(next).isEqualTo("Oki Onsite");
        }
    }

    /** The code of a certificate issued to a new learner in a course of its own. */
    private String certificate() throws Exception {
        var slug = fixtures.course("visitor", "auto", false, 1, null).slug();
        long learner = fixtures.learner("Vic Verified");
        return lifecycle
                .issueManually(learner, slug, "a workshop", "visitor-sessions-test", app.toString())
                .getCode();
    }
}
