package org.attune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.attune.account.Base32;
import org.attune.content.QuestionDefinition;
import org.attune.content.QuestionDefinition.Choice;
import org.attune.content.QuestionDefinition.Pair;
import org.attune.content.QuestionType;
import org.attune.content.QuizSettings;
import org.attune.testing.Authenticators;
import org.attune.testing.Clinicians;
import org.attune.testing.Courses;
import org.attune.testing.Deployments;
import org.attune.testing.Mailbox;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What people do, in a real browser: a visitor signing up, a clinician learning and failing then passing a post-test,
 * earning and downloading a certificate that anyone can verify, an admin revoking one, an instructor editing and
 * publishing a lesson; the post-test taken with the keyboard alone; and the main pages at a phone's and a desktop's
 * width. axe-core checks every page a journey visits; a JavaScript error on any of them fails the journey.
 */
@ExtendWith(ArquillianExtension.class)
class JourneysIT {

    static final String ADMIN_EMAIL = "it-admin@attune.test";
    static final String ADMIN_PASSWORD = "integration test admin";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Journey
    void aVisitorBrowsesTheCatalogAndAModuleThenSignsUpAndSignsIn() throws Exception {
        var fixture = fixture();
        browser.at(app).open("");
        browser.assertAccessible("the catalog");
        browser.driver().findElement(By.linkText("Module " + fixture.module)).click();
        browser.idle();
        assertThat(browser.text("h1")).isEqualTo("Module " + fixture.module);
        browser.assertAccessible("a module");

        browser.driver().findElement(By.linkText("Sign up")).click();
        browser.idle();
        browser.assertAccessible("sign-up");
        var email = Clinicians.newEmail();
        browser.type("signup:fullName", "Vera Visitor");
        browser.type("signup:email", email);
        browser.type("signup:password", Clinicians.PASSWORD);
        browser.clickAndLoad("signup:submit");
        assertThat(browser.text("#sent")).contains("Check your inbox");
        assertThat(browser.findAll(".who"))
                .as("not signed in before confirming")
                .isEmpty();
        browser.assertAccessible("sign-up, check your inbox");
        confirmInBrowser(email);
        assertThat(browser.text(".who")).contains("Vera Visitor");
        assertThat(browser.text("#confirmed")).contains("your email address is confirmed");

        browser.clickAndLoad("signout:signOut");
        browser.driver().findElement(By.linkText("Sign in")).click();
        browser.idle();
        browser.assertAccessible("sign-in");
        browser.type("signin:email", email);
        browser.type("signin:password", Clinicians.PASSWORD);
        browser.clickAndLoad("signin:submit");
        assertThat(browser.text(".who")).contains("Vera Visitor");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("journey-1-signed-in");
    }

    @Journey
    void aClinicianReadsEveryLessonFailsThePostTestReviewsItAndPasses() throws Exception {
        var fixture = fixture();
        signUpInBrowser("Lina Learner");
        for (var lesson : List.of("lesson-one", "lesson-two")) {
            browser.open("learn/" + fixture.module + "/" + lesson);
            browser.assertAccessible("a lesson");
            browser.clickAndLoad("lesson:markComplete");
        }
        browser.open("modules/" + fixture.module);
        assertThat(browser.text("main")).contains("2 of 2 lessons complete");

        browser.open("quiz/" + fixture.module);
        browser.assertAccessible("the post-test's start");
        browser.click("quiz:start");
        answerAll(false);
        assertThat(browser.text(".result")).contains("Not passed yet");
        assertThat(browser.text("main")).contains("Guilt points at behaviour");
        browser.assertAccessible("a failed attempt's review");

        browser.driver().findElement(By.linkText("Try again")).click();
        browser.idle();
        browser.click("quiz:start");
        answerAll(true);
        assertThat(browser.text(".result")).as(browser.text("main")).contains("Passed: 100%");
        browser.assertAccessible("a passed attempt");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("journey-2-passed");
    }

    @SmokeJourney
    void aClinicianEvaluatesTheCourseDownloadsTheCertificateAndAVisitorVerifiesIt() throws Exception {
        var fixture = fixture();
        signUpInBrowser("Cara Certified");
        completeModuleInBrowser(fixture);

        browser.open("evaluation/" + fixture.course);
        browser.assertAccessible("the course evaluation");
        for (var group : browser.findAll("table.rating, .rating")) {
            var options = group.findElements(By.cssSelector(".ui-radiobutton-box"));
            if (!options.isEmpty()) {
                options.get(options.size() - 1).click();
            }
        }
        browser.find("textarea").sendKeys("Slow down when shame shows.");
        browser.clickAndLoad("evaluation:submit");

        browser.until(d -> d.getCurrentUrl().endsWith("/certificates"));
        browser.idle();
        assertThat(browser.text(".ui-messages")).contains("your evaluation is submitted");
        browser.assertAccessible("my certificates, with its thank-you message");
        var pdfLink =
                browser.driver().findElement(By.partialLinkText("Download PDF")).getAttribute("href");
        var pdf = download(pdfLink);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        var verify = browser.driver()
                .findElement(By.partialLinkText("Verification page"))
                .getAttribute("href");

        browser.driver().manage().deleteAllCookies();
        browser.driver().get(verify);
        browser.idle();
        assertThat(browser.text("main")).contains("Valid certificate").contains("Cara Certified");
        browser.assertAccessible("verification");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("journey-3-verified");
    }

    @Journey
    void anAdminRevokesACertificateAndVerificationShowsItRevoked() throws Exception {
        var fixture = fixture();
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Rex Revoked", Clinicians.newEmail());
        var code = completeCourseOverHttp(learner, fixture);

        signInInBrowser(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.open("admin/certificates");
        browser.assertAccessible("certificate administration");
        browser.type("certificates:text", "Rex Revoked");
        browser.click("certificates:search");
        browser.type("certificates:reason", "Issued to the wrong person by mistake.");
        browser.read(() -> {
            browser.driver()
                    .findElement(By.xpath("//tr[.//a[normalize-space()='" + code + "']]"))
                    .findElement(By.xpath(".//button[normalize-space()='Revoke']"))
                    .click();
            return true;
        });
        browser.idle();
        browser.until(d -> d.findElement(By.xpath("//tr[.//a[normalize-space()='" + code + "']]"))
                .getText()
                .contains("revoked"));
        assertThat(browser.text(".ui-messages")).contains("Revoked " + code);
        browser.assertAccessible("certificate administration, with its message");

        browser.driver().manage().deleteAllCookies();
        browser.open("verify/" + code);
        assertThat(browser.text("main")).contains("Revoked").contains("Issued to the wrong person by mistake.");
        browser.assertAccessible("verification of a revoked certificate");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("journey-4-revoked");
    }

    @Journey
    void anInstructorEditsALessonPreviewsItAndPublishesIt() throws Exception {
        var fixture = fixture();
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Ines Instructor", email);
        var admin = admin();
        // Found by email: every run of this journey signs up another "Ines Instructor".
        var found = admin.clickAjax(admin.page("admin/accounts"), "accounts", "search", Map.of("text", email));
        var link = Pattern.compile("/admin/account/(\\d+)").matcher(found);
        assertThat(link.find()).as("the new account is found by its email").isTrue();
        long id = Long.parseLong(link.group(1));
        var account = admin.page("admin/account/" + id);
        var fields = new LinkedHashMap<String, String>();
        fields.put("roles", "instructor");
        fields.put("active_input", "on");
        fields.put("teaching", fixture.course);
        assertThat(admin.clickAjax(account, "account", "save", fields)).contains("Saved");

        signInInBrowser(email, Clinicians.PASSWORD);
        browser.open("author");
        setUpTwoStepSignInInBrowser(email);
        browser.clickAndLoad("continue");
        assertThat(browser.path()).isEqualTo("/author");
        browser.assertAccessible("the Author area");
        browser.driver().findElement(By.linkText("Module " + fixture.module)).click();
        browser.idle();
        browser.assertAccessible("a published module in the Author area");
        browser.click("module:startDraft");
        browser.until(d -> !d.findElements(By.id("lessons:table")).isEmpty());
        browser.driver().findElement(By.linkText("Lesson two")).click();
        browser.idle();
        var text = browser.id("lesson:markdown");
        text.sendKeys(Keys.END, "\n\n**Pause** before you name it.");
        // The preview is re-rendered by a delayed AJAX request after each key, so it is read afresh on each try.
        browser.until(d -> d.findElement(By.id("lesson:preview")).getText().contains("Pause before you name it.")
                && d.findElement(By.cssSelector("[id='lesson:preview'] strong"))
                        .getText()
                        .equals("Pause"));
        browser.assertAccessible("the lesson editor");
        browser.click("lesson:save");
        assertThat(browser.text("[id='lesson:messages']")).contains("Saved in the draft");
        browser.screenshot("journey-5-lesson-editor");

        browser.open("learn/" + fixture.module + "/lesson-two");
        assertThat(browser.text(".lesson-body"))
                .as("not before it is published")
                .doesNotContain("Pause before");
        browser.open("author/module/" + fixture.module);
        browser.click("module:publish");
        browser.until(d -> d.findElement(By.id("module:messages")).getText().contains("Published as revision 2"));
        browser.open("learn/" + fixture.module + "/lesson-two");
        assertThat(browser.text(".lesson-body")).contains("Pause before you name it.");
        browser.assertNoJavaScriptErrors();
    }

    @Journey
    void aNewInstructorIsAskedToSetUpTwoStepSignInThenSignsInWithACodeFromTheirApp() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Tove Twostep", email);
        makeInstructor(email, fixture().course);

        signInInBrowser(email, Clinicians.PASSWORD);
        browser.open("author");
        assertThat(browser.path()).isEqualTo("/account/two-factor?next=%2Fauthor");
        assertThat(browser.text(".notice")).contains("need two-step sign-in before they can use the Author");
        browser.assertAccessible("two-step sign-in, before it is set up");
        browser.click("setup:begin");
        browser.until(d -> d.findElement(By.id("qr")).getAttribute("src").startsWith("data:image/png;base64,"));
        browser.assertAccessible("two-step sign-in, its QR code and setup key");
        browser.screenshot("journey-two-step-1-qr-code");

        var secret = Base32.decode(browser.text("#secret"));
        Authenticators.remember(email, secret);
        browser.type("setup:code", Authenticators.wrongCode(secret));
        browser.click("setup:confirm");
        assertThat(browser.text(".ui-message-error")).contains("That is not the code your app shows now");
        browser.type("setup:code", Authenticators.nextCode(secret));
        browser.click("setup:confirm");
        browser.until(d -> d.findElements(By.cssSelector("#recoveryCodes li")).size() == 10);
        assertThat(browser.text("main")).contains("this is the only time Attune shows them");
        browser.assertAccessible("two-step sign-in, the recovery codes");
        browser.screenshot("journey-two-step-2-recovery-codes");
        browser.clickAndLoad("continue");
        assertThat(browser.path()).isEqualTo("/author");

        browser.clickAndLoad("signout:signOut");
        browser.open("signin");
        browser.type("signin:email", email);
        browser.type("signin:password", Clinicians.PASSWORD);
        browser.clickAndLoad("signin:submit");
        assertThat(browser.path()).startsWith("/signin-code");
        assertThat(browser.findAll(".who"))
                .as("not signed in by the password alone")
                .isEmpty();
        browser.assertAccessible("sign-in's second step");
        browser.type("step:code", Authenticators.nextCode(secret));
        browser.clickAndLoad("step:submit");
        assertThat(browser.text(".who")).contains("Tove Twostep");
        browser.open("author");
        assertThat(browser.path()).isEqualTo("/author");
        browser.assertNoJavaScriptErrors();
    }

    /** Makes the account an instructor of the course, as an admin does on the person's page. */
    private void makeInstructor(String email, String course) throws Exception {
        var admin = admin();
        var found = admin.clickAjax(admin.page("admin/accounts"), "accounts", "search", Map.of("text", email));
        var link = Pattern.compile("/admin/account/(\\d+)").matcher(found);
        assertThat(link.find()).as("the new account is found by its email").isTrue();
        var fields = new LinkedHashMap<String, String>();
        fields.put("roles", "instructor");
        fields.put("active_input", "on");
        fields.put("teaching", course);
        assertThat(admin.clickAjax(admin.page("admin/account/" + link.group(1)), "account", "save", fields))
                .contains("Saved");
    }

    @Journey
    void thePostTestCanBeTakenWithTheKeyboardAlone() throws Exception {
        var fixture = fixture();
        var email = Clinicians.newEmail();
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Kai Keyboard", email);
        for (var lesson : List.of("lesson-one", "lesson-two")) {
            learner.submit(learner.page("learn/" + fixture.module + "/" + lesson), "lesson", Map.of(), "markComplete");
        }
        signInInBrowser(email, Clinicians.PASSWORD);
        browser.open("quiz/" + fixture.module);

        pressUntilFocused(Keys.TAB, e -> "quiz:start".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        // The steps to put in order, with their Move up buttons.
        orderStepsByKeyboard(STEPS);
        nextByKeyboard();
        // Question 1, one correct choice: Tab into the group, arrows to the choice ("Notice" is first).
        pressUntilFocused(Keys.TAB, e -> "radio".equals(e.getAttribute("type")));
        press(Keys.SPACE);
        nextByKeyboard();
        // Question 2, true or false: True is first.
        pressUntilFocused(Keys.TAB, e -> "radio".equals(e.getAttribute("type")));
        press(Keys.SPACE);
        nextByKeyboard();
        // Question 3, select all that apply: the first two.
        pressUntilFocused(Keys.TAB, e -> "checkbox".equals(e.getAttribute("type")));
        press(Keys.SPACE);
        press(Keys.TAB);
        press(Keys.SPACE);
        nextByKeyboard();
        // Question 4, matching: each menu opened and chosen with the arrow keys and Enter.
        for (var term : List.of("Guilt", "Shame")) {
            pressUntilFocused(
                    Keys.TAB,
                    e -> Boolean.TRUE.equals(browser.driver()
                            .executeScript("return arguments[0].contains(document.activeElement)", matchRow(term))));
            var want = term.equals("Guilt") ? "what I did" : "who I am";
            // Open the list with the space bar, move down to the match, choose it with Enter.
            var panel = matchRow(term)
                            .findElement(By.cssSelector(".ui-selectonemenu"))
                            .getAttribute("id") + "_panel";
            var items = browser.read(() -> browser.id(panel).findElements(By.cssSelector("li")).stream()
                    .map(li -> li.getAttribute("data-label"))
                    .toList());
            if (term.equals("Guilt")) {
                // Opens the list and closes it again at once, before it has finished opening: PrimeFaces threw
                // "Cannot read properties of undefined (reading 'index')" here and left the list stuck open.
                new Actions(browser.driver())
                        .sendKeys(Keys.SPACE)
                        .sendKeys(Keys.ESCAPE)
                        .perform();
                browser.until(d -> !d.findElement(By.id(panel)).isDisplayed());
                browser.assertNoJavaScriptErrors();
            }
            press(Keys.SPACE);
            browser.until(d -> d.findElement(By.id(panel)).isDisplayed());
            for (int i = 0; i < items.indexOf(want); i++) {
                press(Keys.ARROW_DOWN);
            }
            press(Keys.ENTER);
            browser.until(d -> !d.findElement(By.id(panel)).isDisplayed());
            assertThat(browser.read(() -> matchRow(term).getText())).contains(want);
        }
        pressUntilFocused(Keys.TAB, e -> "quiz:submit".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        browser.until(d -> !d.findElements(By.cssSelector(".ui-confirmdialog-yes"))
                        .isEmpty()
                && d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        pressUntilFocused(
                Keys.TAB,
                e -> e.getAttribute("class") != null && e.getAttribute("class").contains("ui-confirmdialog-yes"));
        press(Keys.ENTER);
        browser.until(d -> !d.findElements(By.cssSelector(".result")).isEmpty());
        assertThat(browser.text(".result")).as(browser.text("main")).contains("Passed: 100%");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("keyboard-passed");
    }

    @Journey
    void theCatalogALessonAndThePostTestFitAPhoneAndADesktop() throws Exception {
        var fixture = fixture();
        signUpInBrowser("Wren Widths");
        browser.open("learn/" + fixture.module + "/lesson-one");
        browser.clickAndLoad("lesson:markComplete");
        browser.open("learn/" + fixture.module + "/lesson-two");
        browser.clickAndLoad("lesson:markComplete");
        browser.open("quiz/" + fixture.module);
        browser.click("quiz:start");
        for (var width : List.of(390, 1366)) {
            browser.resize(width, 900);
            for (var page : Map.of(
                            "catalog",
                            "",
                            "lesson",
                            "learn/" + fixture.module + "/lesson-one",
                            "quiz",
                            "quiz/" + fixture.module,
                            "notifications",
                            "account/notifications")
                    .entrySet()) {
                browser.open(page.getValue());
                browser.screenshot(page.getKey() + "-" + width);
                assertThat(browser.horizontalOverflow())
                        .as(page.getKey() + " at " + width + " px overflows sideways")
                        .isZero();
            }
        }
        browser.assertNoJavaScriptErrors();
    }

    @Journey
    void aClinicianTurnsOffAnEmailFromTheEmailSettingsPage() throws Exception {
        signUpInBrowser("Eli Emails");
        browser.driver().findElement(By.linkText("Email settings")).click();
        browser.idle();
        assertThat(browser.text("h1")).isEqualTo("Email notifications");
        browser.assertAccessible("email settings");

        var box = browser.driver()
                .findElement(By.xpath("//label[starts-with(., \"When I pass\")]"))
                .getAttribute("for");
        browser.driver().findElement(By.id(box)).click();
        browser.clickAndLoad("notifications:save");

        assertThat(browser.text(".ui-messages-info")).contains("Saved.");
        assertThat(browser.driver().findElement(By.id(box)).isSelected())
                .as("the post-test email stays off")
                .isFalse();
        browser.assertAccessible("email settings, saved");
        browser.assertNoJavaScriptErrors();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private record Fixture(String course, String module) {}

    /** The steps of the ordering question, in their right order (the quiz always shows them scrambled). */
    private static final List<String> STEPS = List.of("Notice the rupture", "Name it", "Repair together");

    /** A course of its own for each test: one module, two lessons, a post-test of five kinds of question. */
    private Fixture fixture() throws Exception {
        var admin = admin();
        var course = Courses.create(admin, "Journey");
        var module = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        var questions = List.of(
                new QuestionDefinition(
                        "q0",
                        QuestionType.ORDERING,
                        "lesson-one",
                        "Put the steps of a repair in order.",
                        "Notice first, then name it, then repair together.",
                        null,
                        false,
                        null,
                        STEPS,
                        null),
                new QuestionDefinition(
                        "q1",
                        QuestionType.SINGLE,
                        "lesson-one",
                        "What comes first in repairing a rupture?",
                        "Noticing comes before naming or fixing.",
                        List.of(new Choice("Notice", true), new Choice("Explain", false), new Choice("Fix", false)),
                        false,
                        null,
                        null,
                        null),
                new QuestionDefinition(
                        "q2",
                        QuestionType.TRUEFALSE,
                        "lesson-one",
                        "Shame is about the self.",
                        "It is.",
                        null,
                        false,
                        true,
                        null,
                        null),
                new QuestionDefinition(
                        "q3",
                        QuestionType.MULTIPLE,
                        "lesson-two",
                        "Which are signs of shame?",
                        "Shame makes the body smaller.",
                        List.of(
                                new Choice("Gaze aversion", true),
                                new Choice("Collapsed posture", true),
                                new Choice("Raised voice", false)),
                        false,
                        null,
                        null,
                        null),
                new QuestionDefinition(
                        "q4",
                        QuestionType.MATCHING,
                        "lesson-two",
                        "Match each word to what it is about.",
                        "Guilt points at behaviour; shame at the self.",
                        null,
                        false,
                        null,
                        null,
                        List.of(new Pair("Guilt", "what I did"), new Pair("Shame", "who I am"))));
        Courses.publish(
                admin,
                app,
                course,
                Courses.module(
                        module,
                        2,
                        new QuizSettings(75, null, 0, null, false, null, true, QuizSettings.Feedback.FULL),
                        questions));
        return new Fixture(course, module);
    }

    private PageClient admin() throws Exception {
        var admin = new PageClient(app);
        Clinicians.signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
        return admin;
    }

    @Journey
    void aClinicianSignsOutEverywhereAndTheSignInPageSaysSo() throws Exception {
        signUpInBrowser("Sid Everywhere");
        browser.open("dashboard");
        browser.assertAccessible("my learning, with its sign-out everywhere");
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.id("sessions"));
        browser.screenshot("journey-sign-out-everywhere-1-dashboard");

        browser.clickAndLoad("sessions:signOutEverywhere");

        assertThat(browser.path()).isEqualTo("/signin?signedout=everywhere");
        assertThat(browser.text(".notice"))
                .isEqualTo("You are signed out on every device and browser, this one included.");
        assertThat(browser.findAll(".who")).as("signed out").isEmpty();
        browser.assertAccessible("sign-in, after signing out everywhere");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("journey-sign-out-everywhere-2-signed-out");
    }

    @Journey
    void aClinicianWhoForgotTheirPasswordResetsItByTheMailedLinkAndSignsIn() throws Exception {
        var email = signUpInBrowser("Fern Forgetful");
        browser.clickAndLoad("signout:signOut");
        browser.open("signin");
        browser.driver().findElement(By.id("forgot")).click();
        browser.idle();
        browser.assertAccessible("forgot your password");
        browser.type("forgot:email", email);
        browser.clickAndLoad("forgot:submit");
        assertThat(browser.text("#sent")).contains("we have sent it a link to choose a new password");
        browser.screenshot("journey-reset-1-link-sent");

        var link = Mailbox.link(Mailbox.fetch(email, "Reset your Attune password"), "/reset-password?token=");
        browser.open(link.substring(link.indexOf("reset-password?token=")));
        browser.assertAccessible("choose a new password");
        browser.type("reset:password", "a new passphrase fern will remember");
        browser.screenshot("journey-reset-2-new-password");
        browser.clickAndLoad("reset:submit");
        assertThat(browser.text(".notice")).contains("Your new password is set");

        signInInBrowser(email, "a new passphrase fern will remember");
        assertThat(browser.text(".who")).contains("Fern Forgetful");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("journey-reset-3-signed-in");
    }

    @Journey
    void aClinicianAddsTwoLicencesChangesTheirNameAndAsksForACorrectedCertificate() throws Exception {
        var fixture = fixture();
        var learner = new PageClient(app);
        var email = Clinicians.newEmail();
        Clinicians.signUp(learner, "Mara Lindqvist", email);
        completeCourseOverHttp(learner, fixture);
        signInInBrowser(email, Clinicians.PASSWORD);
        browser.driver().findElement(By.linkText("My account")).click();
        browser.idle();
        assertThat(browser.text("h1")).isEqualTo("My account");
        browser.assertAccessible("my account");

        browser.type("newLicence:board", "California BBS");
        browser.type("newLicence:type", "LMFT");
        browser.type("newLicence:number", "118822");
        browser.clickAndLoad("newLicence:add");
        browser.type("newLicence:board", "Oregon");
        browser.type("newLicence:type", "LPC");
        browser.type("newLicence:number", "C1234");
        browser.clickAndLoad("newLicence:add");
        browser.type("details:fullName", "Mara Lindqvist-Okafor");
        browser.clickAndLoad("details:saveDetails");
        assertThat(browser.text("#licences-title + p strong"))
                .isEqualTo("California BBS LMFT licence 118822; Oregon LPC licence C1234");
        browser.assertAccessible("my account, with two licences and its message");
        browser.screenshot("journey-my-account-1-licences");

        browser.driver().findElement(By.linkText("My certificates")).click();
        browser.idle();
        browser.assertAccessible("my certificates, with the request for a corrected certificate");
        browser.type("correction:note", "My surname changed.");
        browser.clickAndLoad("correction:ask");

        assertThat(browser.text("li.certificate .correction")).contains("an admin will look at it soon");
        browser.assertAccessible("my certificates, with the request asked");
        browser.assertNoJavaScriptErrors();
        browser.screenshot("journey-my-account-2-correction-asked");
    }

    private String signUpInBrowser(String name) {
        var email = Clinicians.newEmail();
        browser.at(app).open("signup");
        browser.type("signup:fullName", name);
        browser.type("signup:email", email);
        browser.type("signup:password", Clinicians.PASSWORD);
        browser.clickAndLoad("signup:submit");
        confirmInBrowser(email);
        return email;
    }

    /** Follows the confirmation link of the message that arrived at the address (read from the test mail server). */
    private void confirmInBrowser(String email) {
        var link = Mailbox.link(Mailbox.fetch(email, "Confirm your email address"), "/confirm-email?token=");
        browser.open(link.substring(link.indexOf("confirm-email?token=")));
        assertThat(browser.findAll(".who"))
                .as("signed in by the confirmation link")
                .isNotEmpty();
    }

    /** Signs in with the password and, for an account whose secret the tests know, the code its app shows. */
    private void signInInBrowser(String email, String password) {
        browser.at(app).open("signin");
        browser.type("signin:email", email);
        browser.type("signin:password", password);
        browser.clickAndLoad("signin:submit");
        var secret = Authenticators.secretOf(email);
        if (secret.isPresent() && browser.path().startsWith("/signin-code")) {
            browser.type("step:code", Authenticators.nextCode(secret.get()));
            browser.clickAndLoad("step:submit");
        }
        assertThat(browser.findAll(".who")).as("signed in").isNotEmpty();
    }

    /**
     * On the two-step sign-in page: sets it up as a person with an authenticator app would, typing the setup key
     * shown into the test's app, and returns the secret; the recovery codes are showing after.
     */
    private byte[] setUpTwoStepSignInInBrowser(String email) {
        browser.click("setup:begin");
        browser.until(d -> !d.findElements(By.id("secret")).isEmpty());
        var secret = Base32.decode(browser.text("#secret"));
        Authenticators.remember(email, secret);
        browser.type("setup:code", Authenticators.nextCode(secret));
        browser.click("setup:confirm");
        browser.until(d -> d.findElements(By.cssSelector("#recoveryCodes li")).size() == 10);
        return secret;
    }

    private void completeModuleInBrowser(Fixture fixture) {
        for (var lesson : List.of("lesson-one", "lesson-two")) {
            browser.open("learn/" + fixture.module + "/" + lesson);
            browser.clickAndLoad("lesson:markComplete");
        }
        browser.open("quiz/" + fixture.module);
        browser.click("quiz:start");
        answerAll(true);
        assertThat(browser.text(".result")).contains("Passed");
    }

    /**
     * Answers the five questions, one page each, rightly (axe-core checking each question's page) or wrongly (the
     * steps left as they came), and submits.
     */
    private void answerAll(boolean right) {
        if (right) {
            orderSteps(STEPS);
        }
        next(right);
        choose(right ? "Notice" : "Fix");
        next(right);
        choose(right ? "True" : "False");
        next(right);
        choose("Gaze aversion");
        choose(right ? "Collapsed posture" : "Raised voice");
        next(right);
        match("Guilt", right ? "what I did" : "who I am");
        match("Shame", right ? "who I am" : "what I did");
        if (right) {
            browser.assertAccessible("a matching question");
        }
        browser.click("quiz:submit");
        browser.until(
                d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.find(".ui-confirmdialog-yes").click();
        browser.until(d -> !d.findElements(By.cssSelector(".result")).isEmpty());
    }

    private void choose(String text) {
        browser.driver()
                .findElement(
                        By.xpath("//fieldset[contains(@class,'question')]//label[normalize-space()='" + text + "']"))
                .click();
        browser.idle();
    }

    /** Chooses the term's match: opens its list, waits for it to finish opening, picks the match. */
    private void match(String term, String match) {
        var menu = matchRow(term).findElement(By.cssSelector(".ui-selectonemenu"));
        var panel = menu.getAttribute("id") + "_panel";
        menu.click();
        browser.until(d -> d.findElement(By.id(panel)).isDisplayed()
                && "1".equals(d.findElement(By.id(panel)).getCssValue("opacity"))
                && !d.findElement(By.id(panel)).getAttribute("class").contains("enter-active"));
        browser.id(panel)
                .findElement(By.xpath(".//li[normalize-space()='" + match + "']"))
                .click();
        browser.until(d -> !d.findElement(By.id(panel)).isDisplayed());
        browser.idle();
        assertThat(browser.read(() -> matchRow(term)
                        .findElement(By.cssSelector(".ui-selectonemenu"))
                        .getText()))
                .contains(match);
        assertThat(browser.text(".progress-note")).as("the match is saved").doesNotStartWith("0 of");
    }

    /** The matching question's row for the term, found afresh (an AJAX update may have replaced it). */
    private WebElement matchRow(String term) {
        return browser.driver()
                .findElement(By.xpath("//div[contains(@class,'match-row')][label[normalize-space()='" + term + "']]"));
    }

    private void next(boolean checkAccessibility) {
        if (checkAccessibility) {
            browser.assertAccessible("post-test " + browser.text("fieldset.question legend"));
        }
        browser.click("quiz:next");
    }

    /** The ordering question's steps as they stand now, top first. */
    private List<String> steps() {
        return browser.findAll(".ordering .step").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Puts the steps in the wanted order with the mouse: each step's Move up button, until it is in its place. */
    private void orderSteps(List<String> wanted) {
        for (int place = 0; place < wanted.size(); place++) {
            for (int at = steps().indexOf(wanted.get(place)); at > place; at--) {
                browser.find(".ordering li:nth-child(" + (at + 1) + ") button[id$=':up']")
                        .click();
                browser.idle();
            }
        }
        assertThat(steps()).isEqualTo(wanted);
        assertThat(browser.text(".progress-note")).as("the order is saved").startsWith("1 of");
    }

    /**
     * Puts the steps in the wanted order with the keyboard alone: Tab to a step's Move up button, then Enter until
     * the step is in its place, the focus staying with the step as it moves.
     */
    private void orderStepsByKeyboard(List<String> wanted) {
        for (int place = 0; place < wanted.size(); place++) {
            int from = steps().indexOf(wanted.get(place));
            if (from == place) {
                continue;
            }
            pressUntilFocused(
                    Keys.TAB, e -> String.valueOf(e.getAttribute("id")).endsWith(":steps:" + from + ":up"));
            for (int at = from; at > place; at--) {
                press(Keys.ENTER);
                var moved = ":steps:" + (at - 1) + (at - 1 == 0 ? ":down" : ":up");
                browser.until(d -> String.valueOf(d.switchTo().activeElement().getAttribute("id"))
                        .endsWith(moved));
            }
        }
        assertThat(steps()).isEqualTo(wanted);
    }

    private void nextByKeyboard() {
        pressUntilFocused(Keys.TAB, e -> "quiz:next".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        browser.idle();
    }

    private void press(CharSequence key) {
        browser.driver().switchTo().activeElement().sendKeys(key);
        browser.idle();
    }

    /** Presses the key until the focused element is the one wanted (at most 40 times). */
    private void pressUntilFocused(CharSequence key, Predicate<WebElement> wanted) {
        for (int i = 0; i < 40; i++) {
            if (browser.read(() -> wanted.test(browser.driver().switchTo().activeElement()))) {
                return;
            }
            press(key);
        }
        throw new AssertionError("The keyboard never reached the element wanted; focus is on "
                + browser.driver().switchTo().activeElement().getAttribute("outerHTML"));
    }

    private String completeCourseOverHttp(PageClient learner, Fixture fixture) throws Exception {
        for (var lesson : List.of("lesson-one", "lesson-two")) {
            learner.submit(learner.page("learn/" + fixture.module + "/" + lesson), "lesson", Map.of(), "markComplete");
        }
        // The post-test in a browser of its own, since answering it is browser work.
        signInInBrowserAs(learner);
        browser.open("quiz/" + fixture.module);
        browser.click("quiz:start");
        answerAll(true);
        browser.open("evaluation/" + fixture.course);
        for (var group : browser.findAll(".rating")) {
            var options = group.findElements(By.cssSelector(".ui-radiobutton-box"));
            if (!options.isEmpty()) {
                options.get(options.size() - 1).click();
            }
        }
        browser.find("textarea").sendKeys("Useful.");
        browser.clickAndLoad("evaluation:submit");
        browser.open("certificates");
        var code =
                browser.text("main").replaceAll("(?s).*Code ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
        browser.driver().manage().deleteAllCookies();
        return code;
    }

    /** Carries an HTTP session into the browser, so that it continues as that signed-in person. */
    private void signInInBrowserAs(PageClient client) {
        browser.at(app).open("");
        var session = client.cookie("JSESSIONID").orElseThrow();
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", session, "/"));
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
