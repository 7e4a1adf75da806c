package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.attune.certificate.CertificateLifecycle;
import org.attune.certificate.CertificateService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.attune.web.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * My account: a signed-in person changes their name as it prints, profession, password and licences; what they
 * change prints on certificates made afterwards and never on one already made.
 */
@ExtendWith(ArquillianExtension.class)
class MyAccountIT {

    private static final String BASE = "https://attune.example.org";
    private static final String ADMIN = "admin@example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateLifecycle lifecycle;

    @Test
    void myAccountIsInTheMenuAndShowsTheLicenceNumberGivenAtSignUpAsAPrintingLicence() throws Exception {
        var browser = new PageClient(app);
        var landing = Clinicians.signUp(browser, "Noor Haddad", Clinicians.newEmail(), "Psychologist", "PSY 20417");
        assertThat(landing.select("nav.site-nav a[href$=/account]").text()).isEqualTo("My account");

        var page = browser.page("account");

        assertThat(page.select("h1").text()).isEqualTo("My account");
        assertThat(page.getElementById("details:fullName").val()).isEqualTo("Noor Haddad");
        assertThat(page.getElementById("details:profession").val()).isEqualTo("Psychologist");
        assertThat(page.getElementById("licences:rows:0:number").val()).isEqualTo("PSY 20417");
        assertThat(page.select("#licences-title + p strong").text()).isEqualTo("Licence PSY 20417");
    }

    @Test
    void aVisitorIsSentToSignInForMyAccount() throws Exception {
        var response = new PageClient(app).get("account");

        assertThat(response.uri().getPath()).endsWith("/signin");
    }

    @Test
    void aNameOrLicenceChangePrintsOnTheReissueAndNeverAltersTheCertificateAlreadyIssued() throws Exception {
        var course = fixtures.course("course", "auto", false, 2, null).slug();
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Ana Lima", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        var page = addLicence(browser, browser.page("account"), "California BBS", "LMFT", "118822", true);
        var issued = lifecycle.issueManually(id, course, "Attended in person.", ADMIN, BASE);
        assertThat(issued.snapshot().licences()).isEqualTo("California BBS LMFT licence 118822");

        page = browser.submit(
                page, "details", Map.of("fullName", "Ana Lima-Souza", "profession", "Counsellor"), "saveDetails");
        assertThat(page.select(".ui-messages-info").text()).contains("Saved.");
        assertThat(page.select(".who").text())
                .as("the header shows the new name")
                .isEqualTo("Ana Lima-Souza");
        page = addLicence(browser, page, "New York", "LCSW", "0099", true);
        page = saveLicence(browser, page, 0, "California BBS", "LMFT", "118823", false);

        var unchanged = certificates.find(issued.getCode()).orElseThrow().snapshot();
        assertThat(unchanged.learnerName()).isEqualTo("Ana Lima");
        assertThat(unchanged.profession()).isNull();
        assertThat(unchanged.licences()).isEqualTo("California BBS LMFT licence 118822");
        var reissued = lifecycle.reissue(issued.getCode(), BASE, ADMIN).snapshot();
        assertThat(reissued.learnerName()).isEqualTo("Ana Lima-Souza");
        assertThat(reissued.profession()).isEqualTo("Counsellor");
        assertThat(reissued.licences()).as("only the licence marked to print").isEqualTo("New York LCSW licence 0099");
    }

    @Test
    void licencesAreAddedEditedAndRemovedAndOnlyThoseMarkedPrint() throws Exception {
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Lee Park", Clinicians.newEmail());
        var page = addLicence(browser, browser.page("account"), "Oregon", "LPC", "C1234", true);
        page = addLicence(browser, page, "Washington", "LMHC", "LH 55", false);

        assertThat(printed(page)).isEqualTo("Oregon LPC licence C1234");
        page = saveLicence(browser, page, 1, "Washington", "LMHC", "LH 56", true);
        assertThat(printed(page)).isEqualTo("Oregon LPC licence C1234; Washington LMHC licence LH 56");

        page = browser.submit(page, "licences", Map.of(), "rows:0:remove");

        assertThat(page.select(".ui-messages-info").text()).contains("Licence removed");
        assertThat(printed(page)).isEqualTo("Washington LMHC licence LH 56");
        assertThat(page.select("fieldset.licence-row")).hasSize(1);
    }

    @Test
    void aLicenceWithoutANumberOrANameACertificateCannotPrintIsRefusedBesideTheField() throws Exception {
        var browser = new PageClient(app);
        var email = Clinicians.newEmail();
        Clinicians.signUp(browser, "Sam Ortiz", email);

        var page = addLicence(browser, browser.page("account"), "Texas", "LPC", " ", true);
        assertThat(page.select(".field:has([id=newLicence:number]) .ui-message").text())
                .isEqualTo("Enter the licence number.");
        assertThat(page.getElementById("newLicence:board").val())
                .as("the rest is kept")
                .isEqualTo("Texas");

        page = browser.submit(page, "details", Map.of("fullName", "Sam\tOrtiz", "profession", ""), "saveDetails");
        assertThat(page.select(".field:has([id=details:fullName]) .ui-message").text())
                .isEqualTo(Texts.text(Texts.ENGLISH, PrintableName.CONTROL));
        assertThat(accounts.findByEmail(email).orElseThrow().getFullName()).isEqualTo("Sam Ortiz");
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneSignsOutOtherSessionsAndKeepsThisOneSignedIn() throws Exception {
        var email = Clinicians.newEmail();
        var here = new PageClient(app);
        Clinicians.signUp(here, "Pat Change", email);
        var elsewhere = new PageClient(app);
        Clinicians.signIn(elsewhere, email, Clinicians.PASSWORD);
        var page = here.page("account");

        page = changePassword(here, page, "not my password at all", "the heron waits at low tide");
        assertThat(page.select(".field:has([id=password:currentPassword]) .ui-message")
                        .text())
                .isEqualTo(Texts.text(Texts.ENGLISH, MyAccount.WRONG_PASSWORD));
        page = changePassword(here, page, Clinicians.PASSWORD, "qwerty123456");
        assertThat(page.select(".field:has([id=password:newPassword]) .ui-message")
                        .text())
                .isEqualTo(Texts.text(Texts.ENGLISH, PasswordRules.COMMON));
        assertThat(elsewhere.page("dashboard").select(".who").text())
                .as("nothing changed yet")
                .isEqualTo("Pat Change");

        page = changePassword(here, page, Clinicians.PASSWORD, "the heron waits at low tide");

        assertThat(page.select(".ui-messages-info").text()).contains("Your password is changed");
        assertThat(here.page("account").select(".who").text())
                .as("this browser stays signed in")
                .isEqualTo("Pat Change");
        assertThat(elsewhere.get("dashboard").uri().toString()).endsWith("/signin?signedout=changed");
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".who"))
                .isEmpty();
        assertThat(Clinicians.signIn(new PageClient(app), email, "the heron waits at low tide")
                        .select(".who")
                        .text())
                .isEqualTo("Pat Change");
    }

    private static Document changePassword(PageClient browser, Document page, String current, String chosen)
            throws Exception {
        return browser.submit(
                page, "password", Map.of("currentPassword", current, "newPassword", chosen), "changePassword");
    }

    private static Document addLicence(
            PageClient browser, Document page, String board, String type, String number, boolean prints)
            throws Exception {
        return browser.submit(page, "newLicence", licence("", board, type, number, prints), "add");
    }

    private static Document saveLicence(
            PageClient browser, Document page, int row, String board, String type, String number, boolean prints)
            throws Exception {
        var saved = browser.submit(
                page, "licences", licence("rows:" + row + ":", board, type, number, prints), "rows:" + row + ":save");
        assertThat(saved.select(".ui-messages-info").text())
                .as(saved.select(".ui-message, .ui-messages").text())
                .contains("Licence saved.");
        return saved;
    }

    private static Map<String, String> licence(String row, String board, String type, String number, boolean prints) {
        var fields = new HashMap<String, String>();
        fields.put(row + "board", board);
        fields.put(row + "type", type);
        fields.put(row + "number", number);
        fields.put(row + "expiresOn_input", "2028-06-30");
        if (prints) {
            fields.put(row + "prints_input", "on");
        }
        return fields;
    }

    private static String printed(Document page) {
        return page.select("#licences-title + p strong").text();
    }
}
