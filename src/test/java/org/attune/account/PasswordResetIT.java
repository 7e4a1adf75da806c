package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.util.Map;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Mailbox;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Forgot your password?" as a clinician uses it, reading the real message that arrives: the same answer for every
 * address, a link that works once, for 30 minutes, only while it is the newest, stored only as a hash; the new
 * password signs out every other session; asking is throttled; an admin can have a link sent.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final String NEW_PASSWORD = "a brand new passphrase for the test";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    Mailbox mailbox;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Inject
    UserTransaction transaction;

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        var email = verifiedClinician("Rhea Reset");
        var unknown = Clinicians.newEmail();

        var known = ask(new PageClient(app), email).select("#sent").text();
        var none = ask(new PageClient(app), unknown).select("#sent").text();

        assertThat(known.replace(email, "ADDRESS")).isEqualTo(none.replace(unknown, "ADDRESS"));
        assertThat(known).contains("we have sent it a link to choose a new password");
        mailbox.await(email, "Reset your Attune password");
        assertThat(mailbox.to(unknown)).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndSignsOutEveryOtherSession() throws Exception {
        var email = verifiedClinician("Rafa Reset");
        var laptop = new PageClient(app);
        Clinicians.signIn(laptop, email, Clinicians.PASSWORD);
        assertThat(laptop.page("dashboard").select(".who").text()).contains("Rafa Reset");

        ask(new PageClient(app), email);
        var message = mailbox.await(email, "Reset your Attune password");
        var text = Mailbox.text(message);
        assertThat(text)
                .contains("Hello Rafa Reset,")
                .contains("open this link within 30 minutes")
                .contains("The link works once.")
                .doesNotContain("/account/notifications");
        var phone = new PageClient(app);
        var form = open(phone, Mailbox.link(message, "/reset-password?token="));
        var tooShort = phone.submit(form, "reset", Map.of("password", "too short"), "submit");
        assertThat(tooShort.select(".field:has([id=reset:password]) .ui-message")
                        .text())
                .as("refused beside the field, and the form still works")
                .isNotEmpty();
        var done = phone.submit(tooShort, "reset", Map.of("password", NEW_PASSWORD), "submit");

        assertThat(done.location()).contains("signin?signedout=reset");
        assertThat(done.select(".notice").text()).contains("Your new password is set");
        assertThat(laptop.get("dashboard").uri().toString()).contains("signin?signedout=changed");
        assertThat(open(new PageClient(app), Mailbox.link(message, "/reset-password?token="))
                        .select("#expired")
                        .text())
                .as("the link works once")
                .contains("This link has expired or was already used");
        assertThat(Clinicians.signIn(new PageClient(app), email, Clinicians.PASSWORD)
                        .select(".who"))
                .as("the old password no longer works")
                .isEmpty();
        assertThat(Clinicians.signIn(new PageClient(app), email, NEW_PASSWORD)
                        .select(".who")
                        .text())
                .contains("Rafa Reset");
        assertThat(Mailbox.text(mailbox.await(email, "Your Attune password was changed")))
                .contains("every browser that was signed in to it was signed out");
    }

    @Test
    void theTokenIsStoredOnlyAsItsHash() throws Exception {
        var email = verifiedClinician("Hana Hash");
        ask(new PageClient(app), email);
        var link = Mailbox.link(mailbox.await(email, "Reset your Attune password"), "/reset-password?token=");
        var token = link.substring(link.indexOf("token=") + "token=".length());

        var stored = persistence
                .createEntityManager()
                .createNativeQuery("select token_hash from account_link where account_id = ?1")
                .setParameter(1, id(email))
                .getResultList();

        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(stored).containsExactly(AccountLinks.hash(token)).doesNotContain(token);
    }

    @Test
    void aLinkOlderThanThirtyMinutesOrOlderThanANewerOneNoLongerWorks() throws Exception {
        var email = verifiedClinician("Otto Old");
        ask(new PageClient(app), email);
        var first = Mailbox.link(mailbox.await(email, "Reset your Attune password"), "/reset-password?token=");
        ask(new PageClient(app), email);
        var deadline = Instant.now().plusSeconds(60);
        while (mailbox.to(email).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        var second = Mailbox.link(mailbox.to(email).get(1), "/reset-password?token=");

        assertThat(open(new PageClient(app), first).select("#expired"))
                .as("voided by the newer")
                .isNotEmpty();
        assertThat(open(new PageClient(app), second).select("#reset"))
                .as("the newest works")
                .isNotEmpty();

        transaction.begin();
        var em = persistence.createEntityManager();
        em.createNativeQuery("update account_link set expires_at = ?1 where account_id = ?2")
                .setParameter(1, Instant.now().minusSeconds(1))
                .setParameter(2, id(email))
                .executeUpdate();
        transaction.commit();

        assertThat(open(new PageClient(app), second).select("#expired"))
                .as("expired")
                .isNotEmpty();
    }

    @Test
    void aFourthRequestWithinTheHourIsPausedWhetherOrNotTheAddressHasAnAccount() throws Exception {
        for (var email : new String[] {verifiedClinician("Tess Throttle"), Clinicians.newEmail()}) {
            for (int i = 0; i < 3; i++) {
                assertThat(ask(new PageClient(app), email).select("#sent")).isNotEmpty();
            }
            var fourth = ask(new PageClient(app), email);
            assertThat(fourth.select("#sent")).isEmpty();
            assertThat(fourth.select(".ui-messages-error").text())
                    .contains("Several links were asked for this address or from your network in the last hour");
        }
    }

    @Test
    void anAdminHasALinkMailedToThePersonAndNeverSeesIt() throws Exception {
        var email = verifiedClinician("Finn Forgot");
        var admin = Clinicians.signedInAdmin(accounts, app);
        var record = admin.page("admin/account/" + id(email));

        var answer = admin.clickAjax(record, "sessions", "sendReset");

        assertThat(answer).contains("A link to choose a new password is on its way to " + email);
        assertThat(answer).doesNotContain("reset-password?token=");
        assertThat(Mailbox.text(mailbox.await(email, "Reset your Attune password")))
                .contains("/reset-password?token=");
    }

    private Document ask(PageClient browser, String email) throws Exception {
        return browser.submit(browser.page("forgot-password"), "forgot", Map.of("email", email), "submit");
    }

    private Document open(PageClient browser, String link) throws Exception {
        return browser.page(link.substring(link.indexOf("reset-password?token=")));
    }

    private String verifiedClinician(String name) throws Exception {
        var email = Clinicians.newEmail();
        var id = accounts.signUp(new SignUpRequest(name, email, Clinicians.PASSWORD.toCharArray(), null, null))
                .getId();
        accounts.markEmailVerified(id);
        return email;
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
