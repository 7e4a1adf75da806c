package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The name a clinician signs up with is the one their certificates print: what sign-up accepts and refuses. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignUpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void aNameWithATabOrALineBreakIsRefusedBesideTheFieldAndTheRestIsKept() throws Exception {
        for (var name : new String[] {"Ana\tLima", "Ana\nLima", "Ana\u0007Lima"}) {
            var email = Clinicians.newEmail();
            var page = signUp(name, email);

            assertThat(page.select(".who")).as("not signed in").isEmpty();
            assertThat(nameMessage(page)).contains("a tab, a line break or another invisible character");
            assertThat(page.getElementById("signup:email").val()).isEqualTo(email);
        }
    }

    @Test
    void anArabicNameIsRefusedAndTheLearnerIsAskedForItInLatinLetters() throws Exception {
        var page = signUp("محمد عبد الله", Clinicians.newEmail());

        assertThat(page.select(".who")).isEmpty();
        assertThat(nameMessage(page))
                .isEqualTo("Attune's certificates cannot yet print names in this script. Please enter your name in "
                        + "Latin letters as it should appear on your certificate.");
    }

    @Test
    void anEmojiInANameIsRefused() throws Exception {
        var page = signUp("Ana Lima 😀", Clinicians.newEmail());

        assertThat(page.select(".who")).isEmpty();
        assertThat(nameMessage(page)).contains("Emoji and other symbols cannot print on a certificate");
    }

    @Test
    void namesInLatinWithAccentsChineseJapaneseKoreanGreekAndCyrillicAreWelcome() throws Exception {
        for (var name : new String[] {
            "Zoë Núñez-Ørsted", "张伟", "山田 はなこ", "김민준", "Σοφία Παπαδοπούλου", "Дмитрий Иванов", "Ana 张伟"
        }) {
            Clinicians.signUp(new PageClient(app), name, Clinicians.newEmail());
        }
    }

    @Test
    void aCommonPasswordIsRefusedBesideTheFieldAndNoAccountIsOpened() throws Exception {
        var email = Clinicians.newEmail();
        var page = signUp("Ana Lima", email, "Qwerty123456");

        assertThat(page.select(".who")).as("not signed in").isEmpty();
        assertThat(page.select(".field:has([id=signup:password]) .ui-message").text())
                .contains("one of the most common passwords");
        assertThat(page.getElementById("signup:email").val()).isEqualTo(email);
        assertThat(Clinicians.signIn(new PageClient(app), email, "Qwerty123456").select(".who"))
                .as("no account was opened")
                .isEmpty();
    }

    private Document signUp(String name, String email) throws Exception {
        return signUp(name, email, Clinicians.PASSWORD);
    }

    private Document signUp(String name, String email, String password) throws Exception {
        var browser = new PageClient(app);
        return browser.submit(
                browser.page("signup"),
                "signup",
                Map.of("fullName", name, "email", email, "password", password),
                "submit");
    }

    private static String nameMessage(Document page) {
        return page.select(".field:has([id=signup:fullName]) .ui-message").text();
    }
}
