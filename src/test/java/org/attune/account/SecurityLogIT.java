package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attune.authoring.ContentImporter;
import org.attune.certificate.CertificateLifecycle;
import org.attune.certificate.CertificateService;
import org.attune.content.TestModules;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator finds in server.log after security events: one line each, on the logger org.attune.security,
 * with the account's id, never a password, and never a line that someone's input forged.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityLogIT {

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

    @Test
    void signingInWrongThenRightGivesOneLineEachWithTheAccountAndTheAddressButNoPassword() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Lou Logged", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var browser = new PageClient(app);
        var wrong = "wrong password " + UUID.randomUUID();

        Clinicians.signIn(browser, email, wrong);
        Clinicians.signIn(browser, email, Clinicians.PASSWORD);

        assertThat(lines("event=signin.failed account=" + id + " "))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("[org.attune.security]")
                        .contains("email=" + email, "ip=" + browser.address(), "reason=wrong-password"));
        assertThat(lines("event=signin.succeeded account=" + id + " ip=" + browser.address()))
                .hasSize(1);
        assertThat(lines(wrong)).as("the password is nowhere").isEmpty();
    }

    @Test
    void aLineBreakInATypedEmailCannotForgeALogLine() throws Exception {
        var marker = UUID.randomUUID().toString();
        var forged = "x@example.org\r\n12:00:00,000 INFO  [org.attune.security] (default task-1) event=signin.succeeded"
                + " account=1 marker=" + marker;

        Clinicians.signIn(new PageClient(app), forged, "not the password");

        assertThat(lines(marker))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("event=signin.failed account=none email=\"x@example.org\\r\\n12:00:00,000")
                        .contains("marker=" + marker + "\""));
    }

    @Test
    void pausedSignInsAreLogged() throws Exception {
        var email = Clinicians.newEmail();
        for (int i = 0; i < 6; i++) {
            Clinicians.signIn(new PageClient(app), email, "guess " + i);
        }

        assertThat(lines("event=signin.throttled email=" + email + " "))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("by=email", "until="));
    }

    @Test
    void aRefusedPageOrApiCallIsLoggedWithWhoAskedForWhat() throws Exception {
        var email = Clinicians.newEmail();
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Cory Curious", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();

        assertThat(clinician.get("admin/accounts").statusCode()).isEqualTo(403);
        assertThat(clinician.get("api/admin/certificates.csv").statusCode()).isEqualTo(403);

        assertThat(lines("event=access.denied account=" + id + " "))
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("method=GET path=/attune/admin/accounts"))
                .anySatisfy(line -> assertThat(line).contains("path=/attune/api/admin/certificates.csv"));
    }

    @Test
    void aRequestFromAnotherSiteIsLoggedOnceWithTheAccountItRodeOn() throws Exception {
        var email = Clinicians.newEmail();
        var clinician = new PageClient(app);
        Clinicians.signUp(clinician, "Fran Forged", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();

        var forged = clinician.postForm(
                "api/progress/time",
                Map.of("lessonId", "1", "seconds", "15"),
                Map.of("Origin", "https://evil.example"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(lines("event=access.denied account=" + id + " "))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("method=POST path=/attune/api/progress/time")
                        .contains("reason=cross-site origin=https://evil.example"));
    }

    @Test
    void roleActivationAndSignOutEverywhereChangesAreLoggedWithWhoseAccountAndWhoChangedIt() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Rho Changes", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var adminEmail = Clinicians.newEmail();
        accounts.ensureAdmin(adminEmail, "Ada Changer", Clinicians.PASSWORD.toCharArray());
        Clinicians.giveSecondFactor(accounts, adminEmail);
        long adminId = accounts.findByEmail(adminEmail).orElseThrow().getId();
        var admin = new PageClient(app);
        Clinicians.signIn(admin, adminEmail, Clinicians.PASSWORD);

        var saved = admin.clickAjax(
                admin.page("admin/account/" + id),
                "account",
                "save",
                Map.of("roles", "instructor", "active_input", "on"));
        assertThat(saved).contains("Saved.");
        accounts.administer(id, EnumSet.of(Role.instructor), false);
        accounts.signOutEverywhere(id);
        accounts.changePassword(id, "another long passphrase".toCharArray());

        assertThat(lines("event=account.roles account=" + id + " "))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("by=" + adminId + " from=clinician to=instructor"));
        assertThat(lines("event=account.deactivated account=" + id + " ")).hasSize(1);
        assertThat(lines("event=account.signed-out-everywhere account=" + id + " "))
                .hasSize(1);
        assertThat(lines("event=account.password-changed account=" + id + " ")).hasSize(1);
    }

    @Test
    void everyCertificateActionIsLoggedWithTheLearnerAndTheAdmin() throws Exception {
        var course = TestModules.importCourse(
                importer, "logged-" + UUID.randomUUID().toString().substring(0, 8), "auto");
        var adminEmail = Clinicians.newEmail();
        accounts.ensureAdmin(adminEmail, "Ada Acting", Clinicians.PASSWORD.toCharArray());
        long admin = accounts.findByEmail(adminEmail).orElseThrow().getId();
        var learnerEmail = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Lee Learner", learnerEmail);
        long learner = accounts.findByEmail(learnerEmail).orElseThrow().getId();

        var issued = lifecycle.issueManually(learner, course, "Workshop.", adminEmail, "https://attune.example.org");
        var reissued = lifecycle.reissue(issued.getCode(), "https://attune.example.org", adminEmail);
        lifecycle.revoke(reissued.getCode(), "Duplicate\nrecord.", adminEmail);

        var by = " account=" + learner + " by=" + admin;
        assertThat(lines("event=certificate.issued-manually code=" + issued.getCode() + by))
                .hasSize(1);
        assertThat(lines(
                        "event=certificate.reissued code=" + reissued.getCode() + by + " replaces=" + issued.getCode()))
                .hasSize(1);
        assertThat(lines("event=certificate.revoked code=" + reissued.getCode() + by
                        + " reason=\"Duplicate\\nrecord.\""))
                .hasSize(1);
    }

    /** The lines of server.log that contain the text. */
    private static List<String> lines(String text) throws Exception {
        var log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(text))
                .toList();
    }
}
