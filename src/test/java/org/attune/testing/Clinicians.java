package org.attune.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.net.URL;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.attune.account.AccountRefusal;
import org.attune.account.AccountService;
import org.attune.account.Role;
import org.attune.account.SecondFactors;
import org.attune.catalog.CourseEditing;
import org.jsoup.nodes.Document;

/** Clinicians for tests: each with an email of its own, so that no test depends on another's data. */
public final class Clinicians {

    public static final String PASSWORD = "a long enough test password";

    private Clinicians() {}

    public static String newEmail() {
        return "clinician-" + UUID.randomUUID() + "@example.org";
    }

    /**
     * Signs up through the sign-up page, follows the confirmation link from the message that arrives (read from the
     * test mail server), and returns the page the clinician lands on, signed in with the address confirmed.
     */
    public static Document signUp(PageClient browser, String fullName, String email) throws IOException {
        return signUp(browser, fullName, email, "", "");
    }

    /**
     * Signs up with a profession and a licence number (either may be blank) and follows the confirmation link, as
     * {@link #signUp(PageClient, String, String)} does; returns the page landed on, signed in.
     */
    public static Document signUp(
            PageClient browser, String fullName, String email, String profession, String licenceNumber)
            throws IOException {
        signUpUnconfirmed(browser, fullName, email, profession, licenceNumber);
        var link = Mailbox.link(Mailbox.fetch(email, "Confirm your email address"), "/confirm-email?token=");
        var landing = browser.page(link.substring(link.indexOf("confirm-email?token=")));
        assertThat(landing.select(".who").text())
                .as("signed in after confirming")
                .contains(fullName);
        return landing;
    }

    /** Signs up through the sign-up page without following the link mailed; the page that says to check the inbox. */
    public static Document signUpUnconfirmed(PageClient browser, String fullName, String email) throws IOException {
        return signUpUnconfirmed(browser, fullName, email, "", "");
    }

    private static Document signUpUnconfirmed(
            PageClient browser, String fullName, String email, String profession, String licenceNumber)
            throws IOException {
        var page = browser.submit(
                browser.page("signup"),
                "signup",
                Map.of(
                        "fullName",
                        fullName,
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "profession",
                        profession,
                        "licenceNumber",
                        licenceNumber),
                "submit");
        assertThat(page.select("#sent").text()).as("asked to check the inbox").contains("Check your inbox");
        return page;
    }

    /**
     * A new admin account (made through the service, as the first admin is), with two-step sign-in of a secret the
     * tests know ({@link Authenticators}), signed in with a browser of its own by password and code.
     */
    public static PageClient signedInAdmin(AccountService accounts, URL app) throws IOException {
        var email = newEmail();
        accounts.ensureAdmin(email, "Ada Admin", PASSWORD.toCharArray());
        giveSecondFactor(accounts, email);
        var admin = new PageClient(app);
        signIn(admin, email, PASSWORD);
        return admin;
    }

    /** A new instructor of the given courses, signed in with a browser of their own. */
    public static PageClient signedInInstructor(
            AccountService accounts, CourseEditing teaching, URL app, String name, String... courses)
            throws IOException {
        return signedInInstructorAs(accounts, teaching, app, newEmail(), name, courses);
    }

    /**
     * A new instructor with the given email, of the given courses, with two-step sign-in of a secret the tests know,
     * signed in with a browser of their own by password and code.
     */
    public static PageClient signedInInstructorAs(
            AccountService accounts, CourseEditing teaching, URL app, String email, String name, String... courses)
            throws IOException {
        var browser = new PageClient(app);
        signUp(browser, name, email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        try {
            accounts.administer(id, EnumSet.of(Role.instructor), true);
        } catch (AccountRefusal refused) {
            throw new IllegalStateException("A new account could not be made an instructor", refused);
        }
        teaching.assignTeaching(id, Set.of(courses));
        giveSecondFactor(accounts, email);
        var instructor = new PageClient(app);
        signIn(instructor, email, PASSWORD);
        return instructor;
    }

    /**
     * Gives the account two-step sign-in with a new secret, through the service (as the operator's
     * {@code ATTUNE_ADMIN_TOTP_SECRET} does), and remembers it for {@link #signIn}; in-container tests only. Returns
     * the secret.
     */
    public static byte[] giveSecondFactor(AccountService accounts, String email) {
        var secret = Authenticators.newSecret(email);
        var id = accounts.findByEmail(email).orElseThrow().getId();
        CDI.current().select(SecondFactors.class).get().assign(id, secret);
        return secret;
    }

    /**
     * Signs in with the sign-in page; for an account whose secret the tests know ({@link Authenticators}), also with
     * the code its app shows, as its owner would. Returns the page the person lands on (the code's page for an
     * account with two-step sign-in whose secret is unknown).
     */
    public static Document signIn(PageClient browser, String email, String password) throws IOException {
        var landing = browser.submit(
                browser.page("signin"), "signin", Map.of("email", email, "password", password), "submit");
        var secret = Authenticators.secretOf(email);
        if (secret.isEmpty() || landing.getElementById("step") == null) {
            return landing;
        }
        return enterCode(browser, landing, Authenticators.nextCode(secret.get()));
    }

    /** Types a code on the second step of signing in and returns the page that follows. */
    public static Document enterCode(PageClient browser, Document codePage, String code) throws IOException {
        return browser.submit(codePage, "step", Map.of("code", code), "submit");
    }
}
