package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.attune.authoring.ContentImporter;
import org.attune.certificate.CertificateLifecycle;
import org.attune.certificate.CertificateService;
import org.attune.content.TestModules;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session holds its account's security version: a role change, deactivation, a new password or "sign out
 * everywhere" ends it at its next request, pages and API alike, and so does its twelfth hour.
 */
@ExtendWith(ArquillianExtension.class)
class SessionVersionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    ContentImporter importer;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Test
    void aDemotedAdminLosesAdminPagesAndTheApiAtTheNextRequestAndCannotPromoteThemselvesBack() throws Exception {
        var email = Clinicians.newEmail();
        accounts.ensureAdmin(email, "Dee Moted", Clinicians.PASSWORD.toCharArray());
        Clinicians.giveSecondFactor(accounts, email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var pages = signedIn(email);
        var api = signedIn(email);
        var record = pages.page("admin/account/" + id);
        assertThat(record.select("h1").text()).isEqualTo("Dee Moted");
        assertThat(api.get("api/admin/certificates.csv").statusCode()).isEqualTo(200);

        accounts.administer(id, EnumSet.of(Role.clinician), true);

        var promoteBack = pages.clickAjax(record, "account", "save", Map.of("roles", "admin", "active_input", "on"));
        assertThat(promoteBack).contains("<redirect url=\"" + app.getPath() + "signin?signedout=changed\"");
        assertThat(accounts.find(id).orElseThrow().getRoles()).containsExactly(Role.clinician);
        assertThat(pages.get("admin/accounts").uri().getPath())
                .as("signed out: sent to sign in")
                .endsWith("/signin");
        var csv = api.get("api/admin/certificates.csv");
        assertThat(csv.statusCode()).isEqualTo(401);
        assertThat(error(csv)).contains("signed out");
    }

    @Test
    void aDeactivatedLearnerIsSignedOutAtTheNextRequestAndTheirCertificatePdfIsNoLongerServed() throws Exception {
        var course = TestModules.importCourse(importer, "deactivated-" + suffix(), "auto");
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Dara Left", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var code = lifecycle
                .issueManually(id, course, "Attended in person.", "it-admin@attune.test", "https://attune.example.org")
                .getCode();
        var pdf = signedIn(email);
        var pages = signedIn(email);
        assertThat(pdf.getBytes("api/certificates/" + code + "/pdf").statusCode())
                .isEqualTo(200);

        accounts.administer(id, EnumSet.of(Role.clinician), false);

        var refused = pdf.get("api/certificates/" + code + "/pdf");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        var dashboard = parse(pages.get("dashboard"));
        assertThat(dashboard.location()).endsWith("/signin?signedout=changed");
        assertThat(dashboard.select(".notice").text()).contains("You were signed out");
        assertThat(dashboard.select(".who")).isEmpty();
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfThePersonThisOneIncluded() throws Exception {
        var email = Clinicians.newEmail();
        var phone = new PageClient(app);
        Clinicians.signUp(phone, "Eve Rywhere", email);
        var laptop = signedIn(email);

        var signedOut = laptop.submit(laptop.page("dashboard"), "sessions", Map.of(), "signOutEverywhere");

        assertThat(signedOut.location()).endsWith("/signin?signedout=everywhere");
        assertThat(signedOut.select(".notice").text())
                .isEqualTo("You are signed out on every device and browser, this" + " one included.");
        assertThat(signedOut.select(".who")).isEmpty();
        var elsewhere = parse(phone.get("certificates"));
        assertThat(elsewhere.location()).endsWith("/signin?signedout=changed");
        assertThat(elsewhere.select(".who")).isEmpty();
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".who")
                        .text())
                .as("signing in again works")
                .isEqualTo("Eve Rywhere");
    }

    @Test
    void anAdminSignsSomeoneOutEverywhereFromTheirRecord() throws Exception {
        var email = Clinicians.newEmail();
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Lost Phone", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var admin = Clinicians.signedInAdmin(accounts, app);

        var done = admin.clickAjax(admin.page("admin/account/" + id), "sessions", "signOutEverywhere");

        assertThat(Jsoup.parse(done).text()).contains("Lost Phone is signed out on every device");
        assertThat(parse(learner.get("dashboard")).location()).endsWith("/signin?signedout=changed");
        assertThat(admin.page("admin/account/" + id).select("h1").text())
                .as("the admin stays signed in")
                .isEqualTo("Lost Phone");
    }

    @Test
    void aNewPasswordEndsEveryOpenSessionAndOnlyTheNewPasswordSignsIn() throws Exception {
        var email = Clinicians.newEmail();
        var open = new PageClient(app);
        Clinicians.signUp(open, "Pat Word", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();

        accounts.changePassword(id, "a brand new passphrase".toCharArray());

        assertThat(parse(open.get("dashboard")).location()).endsWith("/signin?signedout=changed");
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".ui-messages-error")
                        .text())
                .isEqualTo(SignInView.FAILED);
        assertThat(Clinicians.signIn(new PageClient(app), email, "a brand new passphrase")
                        .select(".who")
                        .text())
                .isEqualTo("Pat Word");
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActiveItWas() throws Exception {
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Tess Twelve", email);

        age(browser, 11 * 60 + 59);
        assertThat(parse(browser.get("dashboard")).select("h1").text()).isEqualTo("My learning");
        age(browser, 1);
        var ended = parse(browser.get("dashboard"));

        assertThat(ended.location()).endsWith("/signin?signedout=expired");
        assertThat(ended.select(".notice").text())
                .isEqualTo("You were signed out because you had been signed in for 12 hours. Sign in again to"
                        + " continue.");
        var api = browser.get("api/admin/certificates.csv");
        assertThat(api.statusCode()).as("and stays signed out").isEqualTo(401);
    }

    @Test
    void everyRequestReadsItsAccountFromMemoryNotTheDatabase() throws Exception {
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Cass Cached", email);
        browser.get("dashboard");
        var statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            for (int i = 0; i < 3; i++) {
                assertThat(parse(browser.get("dashboard")).select(".who").text())
                        .isEqualTo("Cass Cached");
                assertThat(browser.get("api/modules").statusCode()).isEqualTo(200);
            }
            // From the accounts cache (Callers), or Hibernate's second-level cache where a page reads the entity.
            var account = statistics.getEntityStatistics(Account.class.getName());
            assertThat(account.getLoadCount()).as("loaded from the database").isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private PageClient signedIn(String email) throws Exception {
        var browser = new PageClient(app);
        Clinicians.signIn(browser, email, Clinicians.PASSWORD);
        return browser;
    }

    private void age(PageClient browser, int minutes) throws Exception {
        var aged = browser.send(HttpRequest.newBuilder(URI.create(app + "testing/age-session?minutes=" + minutes))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(aged.statusCode()).isEqualTo(204);
    }

    private static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    private static String error(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getString("error");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
