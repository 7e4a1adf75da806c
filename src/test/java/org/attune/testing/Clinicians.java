package org.attune.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.attune.account.AccountRefusal;
import org.attune.account.AccountService;
import org.attune.account.Role;
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

    /** A new admin account (made through the service, as the first admin is) signed in with a browser of its own. */
    public static PageClient signedInAdmin(AccountService accounts, URL app) throws IOException {
        var email = newEmail();
        accounts.ensureAdmin(email, "Ada Admin", PASSWORD.toCharArray());
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

    /** A new instructor with the given email, of the given courses, signed in with a browser of their own. */
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
        var instructor = new PageClient(app);
        signIn(instructor, email, PASSWORD);
        return instructor;
    }

    public static Document signIn(PageClient browser, String email, String password) throws IOException {
        return browser.submit(browser.page("signin"), "signin", Map.of("email", email, "password", password), "submit");
    }
}
