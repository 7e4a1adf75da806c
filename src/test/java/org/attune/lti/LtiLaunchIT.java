package org.attune.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.attune.account.AccountService;
import org.attune.account.Role;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.LtiLaunchesHeard;
import org.attune.testing.PageClient;
import org.attune.testing.PlatformStandIn;
import org.attune.web.PublicUrl;
import org.attune.web.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Launching Attune from a learning platform by LTI 1.3, with the platform the test deployment simulates ({@link
 * PlatformStandIn}: its own RSA keys, JWK set and OIDC authorization endpoint): the OIDC login, the signed launch,
 * the first launch's account, the module it lands on, and each kind of bad launch refused with its message.
 */
@ExtendWith(ArquillianExtension.class)
class LtiLaunchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    LtiService lti;

    @Inject
    AccountService accounts;

    @Inject
    PlatformStandIn platform;

    @Inject
    LtiLaunchesHeard heard;

    @Inject
    ToolKeys toolKeys;

    @Inject
    PublicUrl publicUrl;

    /** A login Attune started: where it sent the browser, with the state and nonce it chose, and its cookie. */
    record Login(URI auth, String state, String nonce, String cookie) {}

    @Test
    void aFirstLaunchCreatesALinkedClinicianAccountAndLandsOnTheModuleAndTheNextGoesStraightThere() throws Exception {
        var module = fixtures.course("lti-first").module();
        var clientId = register();
        var subject = "user-" + UUID.randomUUID();
        var browser = new PageClient(app);

        var login = login(browser, clientId, subject, module);
        var form = Jsoup.parse(browser.get(login.auth().toString()).body()).getElementById("launch");
        var welcome = launch(
                browser,
                form.selectFirst("[name=id_token]").val(),
                form.selectFirst("[name=state]").val(),
                login);
        assertThat(welcome.uri().getPath()).endsWith("/lti/welcome");

        var email = Clinicians.newEmail();
        var page = Jsoup.parse(welcome.body(), welcome.uri().toString());
        assertThat(page.getElementById("welcome:fullName").val()).isEqualTo("Lena Platform");
        var landed =
                browser.submitted(page, "welcome", Map.of("email", email, "password", Clinicians.PASSWORD), "create");
        assertThat(landed.uri().getPath())
                .as(
                        "the page said: %s",
                        Jsoup.parse(landed.body()).select("main").text())
                .endsWith("/modules/" + module);

        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.clinician);
        assertThat(account.isEmailVerified())
                .as("an email a token claims is never trusted")
                .isFalse();
        assertThat(lti.linkedAccount(PlatformStandIn.ISSUER, subject)).contains(account.getId());
        assertThat(heard.of(account.getId()))
                .singleElement()
                .satisfies(l -> assertThat(l.moduleSlug()).isEqualTo(module));

        var again = new PageClient(app);
        var second = launchThroughPlatform(again, clientId, subject, module);
        assertThat(second.uri().getPath()).endsWith("/modules/" + module);
        assertThat(heard.of(account.getId())).hasSize(2);
    }

    @Test
    void aFirstLaunchWhoseSignUpIsRefusedSaysWhyAndKeepsTheLaunch() throws Exception {
        var module = fixtures.course("lti-taken").module();
        var clientId = register();
        var subject = "user-" + UUID.randomUUID();
        var taken = fixtures.emailOf(fixtures.learner("Tess Taken"));
        var browser = new PageClient(app);

        var welcome = launchThroughPlatform(browser, clientId, subject, module);
        var page = Jsoup.parse(welcome.body(), welcome.uri().toString());
        var refused =
                browser.submitted(page, "welcome", Map.of("email", taken, "password", Clinicians.PASSWORD), "create");

        assertThat(refused.uri().getPath()).endsWith("/lti/welcome");
        var again = Jsoup.parse(refused.body(), refused.uri().toString());
        assertThat(again.select(".ui-message-error").text()).contains("An account with this email already exists.");
        assertThat(again.getElementById("welcome:fullName").val()).isEqualTo("Lena Platform");
        assertThat(again.getElementById("welcome:email").val()).isEqualTo(taken);
        assertThat(lti.linkedAccount(PlatformStandIn.ISSUER, subject)).isEmpty();

        var email = Clinicians.newEmail();
        var landed =
                browser.submitted(again, "welcome", Map.of("email", email, "password", Clinicians.PASSWORD), "create");
        assertThat(landed.uri().getPath()).endsWith("/modules/" + module);
        assertThat(lti.linkedAccount(PlatformStandIn.ISSUER, subject))
                .contains(accounts.findByEmail(email).orElseThrow().getId());
    }

    @Test
    void anInstructorLaunchedAsOneReadsTheReportsButCannotReachAuthoring() throws Exception {
        var module = fixtures.course("lti-author").module();
        var clientId = register();
        var subject = "teacher-" + UUID.randomUUID();
        long instructor = fixtures.learner("Ida Instructor");
        accounts.grantRole(instructor, Role.instructor);
        var email = fixtures.emailOf(instructor);
        Clinicians.giveSecondFactor(accounts, email);
        var platformId =
                lti.platformsOf(PlatformStandIn.ISSUER, clientId).get(0).id();
        var earlier = lti.record(
                platformId, platform.launch(clientId, "n", subject, module).build());
        lti.link(earlier.id(), instructor);

        var launched = new PageClient(app);
        assertThat(launchThroughPlatform(launched, clientId, subject, module)
                        .uri()
                        .getPath())
                .endsWith("/modules/" + module);
        assertThat(launched.get("author").statusCode()).isEqualTo(403);
        assertThat(launched.get("author/module/" + module).statusCode()).isEqualTo(403);
        assertThat(launched.get("accommodations").statusCode()).isEqualTo(403);
        var reports = launched.get("evaluations");
        assertThat(reports.statusCode())
                .as("the platform launched an Attune instructor as its instructor: the reports are theirs")
                .isEqualTo(200);
        var header = Jsoup.parse(reports.body()).select("nav.work-nav a").eachText();
        assertThat(header).contains("Evaluations").doesNotContain("Author", "Accommodations");

        var asLearner = new PageClient(app);
        var learnerSubject = "user-" + UUID.randomUUID();
        var learnerLaunch = lti.record(
                platformId,
                platform.launch(clientId, "n2", learnerSubject, module).build());
        lti.link(learnerLaunch.id(), instructor);
        launchThroughPlatform(asLearner, clientId, learnerSubject, module);
        assertThat(asLearner.get("evaluations").statusCode())
                .as("launched as a learner, the same instructor is a learner")
                .isEqualTo(403);

        var signedIn = new PageClient(app);
        Clinicians.signIn(signedIn, email, Clinicians.PASSWORD);
        assertThat(signedIn.get("author").statusCode())
                .as("the same account signed in with its second factor")
                .isEqualTo(200);
    }

    @Test
    void anExistingAccountIsLinkedOnlyBySigningInToIt() throws Exception {
        var module = fixtures.course("lti-link").module();
        var clientId = register();
        var subject = "user-" + UUID.randomUUID();
        long learner = fixtures.learner("Noa Existing");
        var browser = new PageClient(app);

        var welcome = launchThroughPlatform(browser, clientId, subject, module);
        assertThat(welcome.uri().getPath()).endsWith("/lti/welcome");
        var notYet = browser.get("lti/link");
        assertThat(notYet.uri().getPath()).endsWith("/signin");
        assertThat(lti.linkedAccount(PlatformStandIn.ISSUER, subject)).isEmpty();

        var signIn = browser.page("signin?next=/lti/link");
        var landed = browser.submitted(
                signIn,
                "signin",
                Map.of("email", fixtures.emailOf(learner), "password", Clinicians.PASSWORD),
                "submit");
        assertThat(landed.uri().getPath()).endsWith("/modules/" + module);
        assertThat(lti.linkedAccount(PlatformStandIn.ISSUER, subject)).contains(learner);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        var clientId = register();
        var browser = new PageClient(app);
        var login = login(browser, clientId, "user-" + UUID.randomUUID(), null);
        var token = platform.signAsStranger(
                platform.launch(clientId, login.nonce(), "u", null).build());
        refused(launch(browser, token, login.state(), login), "lti.refused.signature");
    }

    @Test
    void aTokenForAnotherToolIsRefused() throws Exception {
        var clientId = register();
        var browser = new PageClient(app);
        var login = login(browser, clientId, "u", null);
        var token = platform.sign(
                platform.launch("another-tool", login.nonce(), "u", null).build());
        refused(launch(browser, token, login.state(), login), "lti.refused.audience");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var clientId = register();
        var browser = new PageClient(app);
        var login = login(browser, clientId, "u", null);
        var token = platform.sign(platform.launch(clientId, login.nonce(), "u", null)
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                .build());
        refused(launch(browser, token, login.state(), login), "lti.refused.expired");
    }

    @Test
    void aRefusalIsSaidInTheBrowsersLanguage() throws Exception {
        var clientId = register();
        var browser = new PageClient(app);
        var login = login(browser, clientId, "u", null);
        var token = platform.sign(platform.launch(clientId, login.nonce(), "u", null)
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                .build());
        var response = browser.postForm(
                "lti/launch",
                Map.of("id_token", token, "state", login.state()),
                Map.of("Origin", PlatformStandIn.ISSUER, "Cookie", login.cookie(), "Accept-Language", "es-US,es"));

        assertThat(response.statusCode()).isEqualTo(400);
        var page = Jsoup.parse(response.body());
        assertThat(page.getElementById("refusal").text()).isEqualTo(Texts.text(Texts.SPANISH, "lti.refused.expired"));
        assertThat(page.selectFirst("h1").text()).isEqualTo(Texts.text(Texts.SPANISH, "lti.refused.title"));
    }

    @Test
    void anUnregisteredDeploymentIsRefused() throws Exception {
        var clientId = register();
        var browser = new PageClient(app);
        var login = login(browser, clientId, "u", null);
        var token = platform.sign(platform.launch(clientId, login.nonce(), "u", null)
                .claim(LaunchChecks.DEPLOYMENT_ID, "deployment-of-someone-else")
                .build());
        refused(launch(browser, token, login.state(), login), "lti.refused.deployment");
    }

    @Test
    void aReplayedLaunchIsRefusedWhetherWithItsOwnStateOrANewLogin() throws Exception {
        var clientId = register();
        var browser = new PageClient(app);
        var subject = "user-" + UUID.randomUUID();
        var login = login(browser, clientId, subject, null);
        var token = platform.sign(
                platform.launch(clientId, login.nonce(), subject, null).build());
        assertThat(launch(browser, token, login.state(), login).uri().getPath()).endsWith("/lti/welcome");

        refused(launch(browser, token, login.state(), login), "lti.refused.state");
        var fresh = login(browser, clientId, subject, null);
        refused(launch(browser, token, fresh.state(), fresh), "lti.refused.nonce");
    }

    @Test
    void aStateThisBrowserDidNotStartIsRefused() throws Exception {
        var clientId = register();
        var browser = new PageClient(app);
        var login = login(browser, clientId, "u", null);
        var token = platform.sign(
                platform.launch(clientId, login.nonce(), "u", null).build());
        var elsewhere = new PageClient(app);
        var withoutCookie = elsewhere.postForm(
                "lti/launch",
                Map.of("id_token", token, "state", login.state()),
                Map.of("Origin", PlatformStandIn.ISSUER));
        refused(withoutCookie, "lti.refused.state");
    }

    @Test
    void onlyTheSessionsOfAPlatformAllowedToFrameAttuneMayBeFramedAndOnlyByItsOrigin() throws Exception {
        var module = fixtures.course("lti-frame").module();
        var framing = register(true);
        var framed = new PageClient(app);
        var landing = launchThroughPlatform(framed, framing, "user-" + UUID.randomUUID(), module);
        assertThat(landing.headers().allValues("Content-Security-Policy"))
                .contains("frame-ancestors " + PlatformStandIn.ISSUER)
                .doesNotContain("frame-ancestors 'none'");
        assertThat(landing.headers().firstValue("X-Frame-Options")).isEmpty();

        var newWindow = new PageClient(app);
        var elsewhere = launchThroughPlatform(newWindow, register(), "user-" + UUID.randomUUID(), module);
        assertThat(elsewhere.headers().allValues("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(elsewhere.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void theAdminPageShowsAttunesAddressesAndRegistersAPlatform() throws Exception {
        var admin = Clinicians.signedInAdmin(accounts, app);
        var page = admin.page("admin/lti");
        assertThat(page.getElementById("jwks-url").text()).isEqualTo(publicUrl.base() + "/lti/jwks");
        assertThat(page.getElementById("launch-url").text()).isEqualTo(publicUrl.base() + "/lti/launch");
        assertThat(page.getElementById("deep-link-url").text()).isEqualTo(publicUrl.base() + "/lti/deep-link");

        var clientId = "admin-" + UUID.randomUUID();
        var base = app.toString();
        admin.clickAjax(
                page,
                "platform",
                "save",
                Map.of(
                        "issuer",
                        "https://lms.admin.test",
                        "clientId",
                        clientId,
                        "deploymentIds",
                        "d-1\nd-2",
                        "authUrl",
                        base + "testing/lti/auth",
                        "jwksUrl",
                        base + "testing/lti/jwks",
                        "tokenUrl",
                        base + "testing/lti/token"));
        assertThat(lti.platformsOf("https://lms.admin.test", clientId))
                .singleElement()
                .satisfies(p -> assertThat(p.deploymentIds()).containsExactly("d-1", "d-2"));
        assertThat(admin.page("admin/lti").getElementById("platforms:list").text())
                .contains(clientId);
    }

    @Test
    void attunesKeysetVerifiesWhatToolKeysSigns() throws Exception {
        var jwt = SignedJWT.parse(toolKeys.sign(new JWTClaimsSet.Builder()
                .issuer("attune")
                .audience("https://platform.attune.test/token")
                .build()));
        var keys = JWKSet.parse(new PageClient(app).get("lti/jwks").body());
        var key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    }

    /** Registers the stand-in platform under a new client id, its addresses those of the test deployment. */
    private String register() {
        return register(false);
    }

    private String register(boolean allowFraming) {
        var clientId = "attune-" + UUID.randomUUID();
        var form = new PlatformForm();
        form.setIssuer(PlatformStandIn.ISSUER);
        form.setClientId(clientId);
        form.setDeploymentIds(PlatformStandIn.DEPLOYMENT);
        form.setAuthUrl(app + "testing/lti/auth");
        form.setJwksUrl(app + "testing/lti/jwks");
        form.setTokenUrl(app + "testing/lti/token");
        form.setAllowFraming(allowFraming);
        form.setFramingOrigin(allowFraming ? PlatformStandIn.ISSUER : "");
        assertThat(form.problems()).isEmpty();
        lti.save(form, fixtures.admin("Ada Admin"));
        return clientId;
    }

    private Login login(PageClient browser, String clientId, String subject, String module) throws Exception {
        var query = "iss=" + encode(PlatformStandIn.ISSUER) + "&client_id=" + encode(clientId) + "&login_hint="
                + encode(subject) + "&target_link_uri=" + encode(app + "modules")
                + (module == null ? "" : "&lti_message_hint=" + encode(module));
        var response = browser.sendWithoutRedirect(
                HttpRequest.newBuilder(URI.create(app + "lti/login?" + query)).build());
        assertThat(response.statusCode()).isEqualTo(302);
        var auth = URI.create(response.headers().firstValue("Location").orElseThrow());
        var params = Arrays.stream(auth.getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(params)
                .containsEntry("scope", "openid")
                .containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post")
                .containsEntry("prompt", "none")
                .containsEntry("client_id", clientId)
                .containsEntry("redirect_uri", publicUrl.base() + "/lti/launch");
        var cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("lti-state-" + params.get("state") + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("SameSite=None").contains("Secure").contains("HttpOnly");
        return new Login(auth, params.get("state"), params.get("nonce"), cookie.substring(0, cookie.indexOf(';')));
    }

    /**
     * Posts the launch as the platform's page makes the browser post it: from the platform's origin, with the state
     * cookie (which a browser keeps for http://localhost though it is Secure; Java's cookie store does not, so the
     * test sends it as the browser would).
     */
    private HttpResponse<String> launch(PageClient browser, String token, String state, Login login) throws Exception {
        return browser.postForm(
                "lti/launch",
                Map.of("id_token", token, "state", state),
                Map.of("Origin", PlatformStandIn.ISSUER, "Cookie", login.cookie()));
    }

    private HttpResponse<String> launchThroughPlatform(
            PageClient browser, String clientId, String subject, String module) throws Exception {
        var login = login(browser, clientId, subject, module);
        var form = Jsoup.parse(browser.get(login.auth().toString()).body()).getElementById("launch");
        return launch(
                browser,
                form.selectFirst("[name=id_token]").val(),
                form.selectFirst("[name=state]").val(),
                login);
    }

    private static void refused(HttpResponse<String> response, String key) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).text())
                .as("the page shows no stack trace")
                .doesNotContain("Exception");
        assertThat(Jsoup.parse(response.body()).getElementById("refusal").text())
                .isEqualTo(Texts.text(Locale.ENGLISH, key));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
