package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.Map;
import org.attune.mail.Mail;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Mailbox;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Attune writes where no page is open, in the reader's language: the confirmation of an address signed up on a
 * Spanish page arrives in Spanish and its stored message records {@code es-US}; one signed up on an English page is
 * as it always was; the JSON API answers an error in the language the request asks for.
 */
@ExtendWith(ArquillianExtension.class)
class ReadersLanguageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Mailbox mailbox;

    @Inject
    Mail mail;

    @Test
    void aConfirmationAskedForOnASpanishPageArrivesInSpanishAndItsMessageRecordsEsUs() throws Exception {
        var email = Clinicians.newEmail();
        var browser = new PageClient(app).speaking("es-US,es;q=0.9");

        signUp(browser, "Lucía Peña", email);

        var message = mailbox.await(email, "Confirme su dirección de correo electrónico para Attune");
        assertThat(Mailbox.text(message))
                .contains("Hola, Lucía Peña:")
                .contains("en las próximas 48 horas")
                .contains("/confirm-email?token=")
                .doesNotContain("Hello");
        var stored = mail.to(email, 5);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getLanguage()).isEqualTo("es-US");
        assertThat(stored.get(0).getHtml()).contains("<html lang=\"es-US\">");
    }

    @Test
    void aConfirmationAskedForOnAnEnglishPageIsAsItAlwaysWas() throws Exception {
        var email = Clinicians.newEmail();

        signUp(new PageClient(app), "Vera Verify", email);

        var message = mailbox.await(email, "Confirm your email address for Attune");
        assertThat(Mailbox.text(message)).contains("Hello Vera Verify,").contains("open this link within 48 hours");
        assertThat(mail.to(email, 5).get(0).getLanguage()).isEqualTo("en");
    }

    @Test
    void anApiErrorIsInTheLanguageTheRequestAsksFor() throws Exception {
        var browser = new PageClient(app);
        var address = URI.create(app.toString()).resolve("api/nothing-here");

        var spanish = browser.send(HttpRequest.newBuilder(address)
                .header("Accept", "application/json")
                .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                .build());
        var english = browser.send(HttpRequest.newBuilder(address)
                .header("Accept", "application/json")
                .header("Accept-Language", "en-US,en;q=0.9,es;q=0.5")
                .build());
        var signIn =
                browser.send(HttpRequest.newBuilder(URI.create(app.toString()).resolve("api/me/data"))
                        .header("Accept", "application/json")
                        .header("Accept-Language", "es")
                        .build());

        assertThat(spanish.statusCode()).isEqualTo(404);
        assertThat(spanish.body()).contains("No hay nada en esta dirección.");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("There is nothing at this address.");
        assertThat(signIn.statusCode()).isEqualTo(401);
        assertThat(signIn.body()).contains("Inicie sesión para usar esta dirección.");
    }

    private static void signUp(PageClient browser, String name, String email) throws Exception {
        browser.submit(
                browser.page("signup"),
                "signup",
                Map.of("fullName", name, "email", email, "password", Clinicians.PASSWORD),
                "submit");
    }
}
