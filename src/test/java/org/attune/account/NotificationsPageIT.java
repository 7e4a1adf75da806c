package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The page where a signed-in person chooses which notification emails they get ({@code /account/notifications}). */
@ExtendWith(ArquillianExtension.class)
class NotificationsPageIT {

    private static final String POST_TEST = "When I pass a module's post-test, with my score";
    private static final String DIGEST = "Certificates waiting for approval: a summary, at most once an hour";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    NotificationPreferences preferences;

    @Test
    void aClinicianFindsThePageFromTheLayoutAndTurnsOneNotificationOff() throws Exception {
        var browser = new PageClient(app);
        var email = Clinicians.newEmail();
        var landing = Clinicians.signUp(browser, "Mere Tawhiri", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        assertThat(landing.select("header a[href$=/account/notifications]").text())
                .isEqualTo("Email settings");

        var page = browser.page("account/notifications");
        assertThat(page.select("h1").text()).isEqualTo("Email notifications");
        assertThat(ticked(page))
                .as("every notification is on until turned off; the admins' digest is not offered")
                .containsOnlyKeys(
                        POST_TEST,
                        "When my certificate is ready, with its verification link",
                        "When an admin approves a certificate that was waiting for approval",
                        "When an admin revokes one of my certificates, with their reason",
                        "When one of my certificates is reissued, with its new code")
                .doesNotContainValue(false);
        assertThat(page.text()).contains("Emails about your account's security");

        var saved = save(browser, page, POST_TEST);

        assertThat(saved.select(".ui-messages-info").text())
                .contains("Saved. You get the notifications ticked below, and no others.");
        assertThat(ticked(browser.page("account/notifications")))
                .containsEntry(POST_TEST, false)
                .containsEntry("When my certificate is ready, with its verification link", true);
        assertThat(preferences.wants(id, Notification.POST_TEST_PASSED)).isFalse();
        assertThat(preferences.wants(id, Notification.CERTIFICATE_ISSUED)).isTrue();

        save(browser, browser.page("account/notifications"));
        assertThat(preferences.wants(id, Notification.POST_TEST_PASSED))
                .as("ticked again")
                .isTrue();
    }

    @Test
    void anAdminIsOfferedTheDigestOfCertificatesWaitingForApproval() throws Exception {
        var admin = Clinicians.signedInAdmin(accounts, app);

        var page = admin.page("account/notifications");

        assertThat(ticked(page)).containsEntry(DIGEST, true).hasSize(6);
    }

    @Test
    void aVisitorIsSentToSignIn() throws Exception {
        var page = new PageClient(app).page("account/notifications");

        assertThat(page.select("form#signin")).isNotEmpty();
    }

    /** Each notification's label on the page, and whether its box is ticked. */
    private static Map<String, Boolean> ticked(Document page) {
        var ticked = new HashMap<String, Boolean>();
        boxes(page).forEach((label, box) -> ticked.put(label, box.hasAttr("checked")));
        return ticked;
    }

    /** Submits the page with every box ticked but those with the given labels, as a browser would. */
    private static Document save(PageClient browser, Document page, String... untick) throws IOException {
        var fields = new HashMap<String, String>();
        boxes(page).forEach((label, box) -> {
            if (!List.of(untick).contains(label)) {
                fields.put(box.attr("name").substring("notifications:".length()), "on");
            }
        });
        return browser.submit(page, "notifications", fields, "save");
    }

    /** The checkboxes of the form, by the text of their labels. */
    private static Map<String, Element> boxes(Document page) {
        var boxes = new LinkedHashMap<String, Element>();
        for (var label : page.select("#notifications label[for]")) {
            var box = page.getElementById(label.attr("for"));
            assertThat(box).as("the box of " + label.text()).isNotNull();
            assertThat(box.attr("type")).isEqualTo("checkbox");
            boxes.put(label.text(), box);
        }
        return boxes;
    }
}
