package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.attune.catalog.CourseEditing;
import org.attune.testing.Authenticators;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-step sign-in: staff cannot reach the staff areas without it, and set it up with a code from their app; an
 * account that has it is signed in only by password and code, each code once; a recovery code works once; an admin
 * resets it; clinicians may do without.
 */
@ExtendWith(ArquillianExtension.class)
class TwoStepSignInIT {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    SecondFactors secondFactors;

    @Inject
    CourseEditing teaching;

    @PersistenceContext
    EntityManager em;

    @Test
    void staffWithoutTwoStepSignInAreSentToSetItUpAndTheApiRefusesThemSayingWhy() throws Exception {
        var email = newAdmin("Noor Nofactor");
        var admin = new PageClient(app);
        var landing = Clinicians.signIn(admin, email, Clinicians.PASSWORD);
        assertThat(landing.select(".who").text())
                .as("a password signs staff in")
                .contains("Noor Nofactor");

        for (var page :
                List.of("author", "author/stats/attunement", "accommodations", "evaluations", "admin/accounts")) {
            var sent = parse(admin.get(page));
            assertThat(sent.location()).as(page).contains("/account/two-factor?next=%2F" + page.replace("/", "%2F"));
            assertThat(sent.select(".notice").text()).contains("need two-step sign-in before they can use");
        }
        for (var api : List.of("api/admin/certificates.csv", "api/authoring/modules/attunement.zip")) {
            var refused = admin.get(api);
            assertThat(refused.statusCode()).as(api).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
            assertThat(refused.body()).contains("\"error\":\"Instructors and admins need two-step sign-in for this.");
        }
        assertThat(admin.get("dashboard").uri().getPath())
                .as("their own learning stays open")
                .endsWith("/dashboard");
    }

    @Test
    void anInstructorSetsUpTwoStepSignInWithACodeFromTheAppAndThenReachesTheirPages() throws Exception {
        var email = Clinicians.newEmail();
        var instructor = new PageClient(app);
        Clinicians.signUp(instructor, "Ivo Enrols", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        accounts.administer(id, EnumSet.of(Role.instructor), true);
        Clinicians.signIn(instructor, email, Clinicians.PASSWORD);

        var page = parse(instructor.get("author"));
        var begun = instructor.clickAjax(page, "setup", "begin", Map.of(), "state");
        assertThat(begun).contains("data:image/png;base64,");
        var secretText = secret(begun);
        var secret = Base32.decode(secretText);

        var wrong = instructor.clickAjax(
                page, "setup", "confirm", Map.of("code", Authenticators.wrongCode(secret)), "state");
        assertThat(wrong).contains("That is not the code your app shows now");
        assertThat(secondFactors.isOn(id)).isFalse();

        var confirmed = instructor.clickAjax(
                page, "setup", "confirm", Map.of("code", Authenticators.nextCode(secret)), "state");
        var codes = Jsoup.parse(confirmed.replace("<![CDATA[", "").replace("]]>", ""))
                .select("#recoveryCodes li")
                .eachText();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(secondFactors.isOn(id)).isTrue();
        assertThat(instructor.get("author").uri().getPath()).endsWith("/author");

        var stored = (String) em.createNativeQuery("select secret from second_factor where account_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        assertThat(stored).as("sealed, not in the clear").doesNotContain(secretText.replace(" ", ""));
        List<?> hashes = em.createNativeQuery("select code_hash from recovery_code where account_id = ?1")
                .setParameter(1, id)
                .getResultList();
        assertThat(hashes).hasSize(10).noneMatch(hash -> codes.contains(hash) || codes.contains(hash.toString()));
        assertThat(parse(instructor.get("account/two-factor")).select("#recoveryCodes"))
                .as("shown once only")
                .isEmpty();
    }

    @Test
    void anAccountWithTwoStepSignInIsNotSignedInByItsPasswordAloneAndAWrongCodeIsToldSo() throws Exception {
        var email = newAdmin("Pia Twostep");
        var secret = Clinicians.giveSecondFactor(accounts, email);
        var browser = new PageClient(app);

        var codePage = passwordOnly(browser, email);
        assertThat(codePage.location()).contains("/signin-code");
        assertThat(codePage.select(".who"))
                .as("half signed in is not signed in")
                .isEmpty();
        var halfway = new PageClient(app);
        halfway.setCookie("JSESSIONID", browser.cookie("JSESSIONID").orElseThrow());
        assertThat(parse(halfway.get("dashboard")).location()).contains("/signin?next=");
        assertThat(halfway.get("api/admin/certificates.csv").statusCode()).isEqualTo(401);

        var wrong = Clinicians.enterCode(browser, codePage, Authenticators.wrongCode(secret));
        assertThat(wrong.select(".ui-messages-error").text()).isEqualTo(SecondStepView.WRONG);
        assertThat(wrong.select(".who")).isEmpty();
        assertThat(lines("event=signin.failed account=" + id(email) + " "))
                .anyMatch(l -> l.contains("reason=wrong-code"));

        var signedIn = Clinicians.enterCode(browser, wrong, Authenticators.nextCode(secret));
        assertThat(signedIn.select(".who").text()).contains("Pia Twostep");
        assertThat(browser.get("admin/accounts").uri().getPath()).endsWith("/admin/accounts");
    }

    @Test
    void aCodeIsAcceptedOnceAndRefusedTheSecondTime() throws Exception {
        var email = newAdmin("Rei Replay");
        var secret = Clinicians.giveSecondFactor(accounts, email);
        var code = Authenticators.nextCode(secret);

        var first = new PageClient(app);
        assertThat(Clinicians.enterCode(first, passwordOnly(first, email), code)
                        .select(".who")
                        .text())
                .contains("Rei Replay");
        var second = new PageClient(app);
        var replayed = Clinicians.enterCode(second, passwordOnly(second, email), code);
        assertThat(replayed.select(".ui-messages-error").text()).isEqualTo(SecondStepView.WRONG);
        assertThat(replayed.select(".who")).isEmpty();
    }

    @Test
    void wrongCodesPauseSigningInToTheAccountAsWrongPasswordsDo() throws Exception {
        var email = newAdmin("Tor Throttled");
        var secret = Clinicians.giveSecondFactor(accounts, email);
        var browser = new PageClient(app);
        var page = passwordOnly(browser, email);
        for (int i = 0; i < SignInThrottle.EMAIL_LIMIT; i++) {
            page = Clinicians.enterCode(browser, page, Authenticators.wrongCode(secret));
            assertThat(page.select(".ui-messages-error").text()).isEqualTo(SecondStepView.WRONG);
        }
        var paused = Clinicians.enterCode(browser, page, Authenticators.nextCode(secret));
        assertThat(paused.select(".ui-messages-error").text()).startsWith("Too many wrong codes.");
        assertThat(paused.select(".who"))
                .as("not even the right code, while paused")
                .isEmpty();
        assertThat(lines("event=signin.throttled account=" + id(email) + " ")).isNotEmpty();
    }

    @Test
    void aRecoveryCodeSignsInOnce() throws Exception {
        var email = newAdmin("Rosa Recovers");
        long id = id(email);
        var enrolment = secondFactors.begin(id);
        var codes = secondFactors.confirm(id, Authenticators.nextCode(Base32.decode(enrolment.secret())));
        var recovery = codes.get(3);

        var first = new PageClient(app);
        assertThat(Clinicians.enterCode(first, passwordOnly(first, email), recovery.toUpperCase())
                        .select(".who")
                        .text())
                .contains("Rosa Recovers");
        assertThat(secondFactors.recoveryCodesLeft(id)).isEqualTo(9);
        var again = new PageClient(app);
        var refused = Clinicians.enterCode(again, passwordOnly(again, email), recovery);
        assertThat(refused.select(".ui-messages-error").text()).isEqualTo(SecondStepView.WRONG);
    }

    @Test
    void anAdminResetsSomeonesTwoStepSignInWhichSignsThemOutAndIsLogged() throws Exception {
        var email = Clinicians.newEmail();
        var instructor = Clinicians.signedInInstructorAs(accounts, teaching, app, email, "Una Reset");
        long id = id(email);
        assertThat(instructor.get("author").uri().getPath()).endsWith("/author");
        var admin = Clinicians.signedInAdmin(accounts, app);
        var record = admin.page("admin/account/" + id);
        assertThat(record.select("#twoFactorStatus").text()).startsWith("On since");

        var reset = admin.clickAjax(record, "twoFactor", "reset");

        assertThat(reset).contains("two-step sign-in is reset and they are signed out everywhere");
        assertThat(secondFactors.isOn(id)).isFalse();
        assertThat(parse(instructor.get("author")).location()).endsWith("/signin?signedout=changed");
        assertThat(lines("event=twofactor.reset account=" + id + " by=")).hasSize(1);
        var again = new PageClient(app);
        Clinicians.signIn(again, email, Clinicians.PASSWORD);
        assertThat(parse(again.get("author")).location())
                .as("set up again first")
                .contains("/account/two-factor");
    }

    @Test
    void aClinicianSignsInWithoutTwoStepSignInAndMayTurnTheirsOffWithACode() throws Exception {
        var email = Clinicians.newEmail();
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Cleo Optional", email);
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".who")
                        .text())
                .contains("Cleo Optional");
        assertThat(clinician.page("dashboard").select("a#twoFactor").attr("href"))
                .endsWith("/account/two-factor");

        var secret = Clinicians.giveSecondFactor(accounts, email);
        var browser = new PageClient(app);
        Clinicians.signIn(browser, email, Clinicians.PASSWORD);
        var page = browser.page("account/two-factor");
        assertThat(page.select("#status").text()).startsWith("On since");
        var off = browser.clickAjax(page, "off", "turnOff", Map.of("code", Authenticators.nextCode(secret)), "state");
        assertThat(off).contains("Two-step sign-in is off.");
        assertThat(secondFactors.isOn(id(email))).isFalse();
        assertThat(passwordOnly(new PageClient(app), email).select(".who").text())
                .contains("Cleo Optional");
    }

    @Test
    void staffCannotTurnTheirOwnTwoStepSignInOff() throws Exception {
        var email = newAdmin("Sol Staff");
        var secret = Clinicians.giveSecondFactor(accounts, email);
        assertThatThrownBy(() -> secondFactors.turnOff(id(email), Authenticators.nextCode(secret)))
                .isInstanceOf(AccountRefusal.class)
                .hasMessageContaining("keep two-step sign-in on");
        assertThat(secondFactors.isOn(id(email))).isTrue();
    }

    /** Client side, where the journeys sign the same admin in too: one JVM hands out each of its codes once. */
    @Test
    @RunAsClient
    void theFirstAdminHasTheOperatorsSecretFromTheEnvironmentAndSignsInWithItsCodes() throws Exception {
        var email = System.getenv("ATTUNE_ADMIN_EMAIL");
        var browser = new PageClient(app);
        var codePage = browser.submit(
                browser.page("signin"),
                "signin",
                Map.of("email", email, "password", System.getenv("ATTUNE_ADMIN_PASSWORD")),
                "submit");
        assertThat(codePage.location()).contains("/signin-code");
        var secret = Base32.decode(System.getenv(Authenticators.ADMIN_SECRET));
        var signedIn = Clinicians.enterCode(browser, codePage, Authenticators.nextCode(secret));
        assertThat(signedIn.select(".who").text()).contains(System.getenv("ATTUNE_ADMIN_NAME"));
    }

    private String newAdmin(String name) {
        var email = Clinicians.newEmail();
        accounts.ensureAdmin(email, name, Clinicians.PASSWORD.toCharArray());
        return email;
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    /** The sign-in page's first step alone: email and password. */
    private static Document passwordOnly(PageClient browser, String email) throws Exception {
        return browser.submit(
                browser.page("signin"), "signin", Map.of("email", email, "password", Clinicians.PASSWORD), "submit");
    }

    private static String secret(String partialResponse) {
        var found = SECRET.matcher(partialResponse);
        assertThat(found.find()).as("the setup key is shown as text").isTrue();
        return found.group(1).strip();
    }

    private static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** The lines of server.log that contain the text. */
    private static List<String> lines(String text) throws Exception {
        var log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(text))
                .toList();
    }
}
