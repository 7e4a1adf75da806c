package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.attune.certificate.CertificatePdf;
import org.attune.certificate.CertificateService;
import org.attune.mail.Mail;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.Mailbox;
import org.attune.testing.PageClient;
import org.attune.web.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Attune writes where no page is open, in the reader's language: the confirmation of an address signed up on a
 * Spanish page arrives in Spanish and its stored message records {@code es-US}; one signed up on an English page is
 * as it always was; an account that chose Spanish gets its letters and certificates in Spanish; the JSON API answers
 * an error in the language the request asks for.
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

    @Inject
    Fixtures fixtures;

    @Inject
    MyAccount myAccount;

    @Inject
    PasswordReset resets;

    @Inject
    CertificateService certificates;

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
    void anAccountThatChoseSpanishGetsItsLettersInSpanishAndTheirMessagesRecordEsUs() throws Exception {
        long learner = fixtures.learner("Inés Núñez");
        var email = fixtures.emailOf(learner);
        myAccount.chooseLanguage(learner, Texts.SPANISH);

        resets.request(email, PageClient.newNetwork());

        var message = mailbox.await(email, "Restablezca su contraseña de Attune");
        assertThat(Mailbox.text(message))
                .contains("Hola, Inés Núñez:")
                .contains("en los próximos 30 minutos")
                .doesNotContain("Hello");
        assertThat(mail.to(email, 5))
                .filteredOn(m -> m.getType().equals("password-reset"))
                .singleElement()
                .satisfies(m -> assertThat(m.getLanguage()).isEqualTo("es-US"));
    }

    @Test
    void aCertificateEarnedByALearnerWhoChoseSpanishPrintsInSpanishAndItsSnapshotSaysEsUs() throws Exception {
        var course = fixtures.course("auto");
        long learner = fixtures.learner("Inés Núñez");
        myAccount.chooseLanguage(learner, Texts.SPANISH);
        fixtures.completeLessons(learner, course.module());
        fixtures.passPostTest(learner, course.module());
        fixtures.evaluate(learner, course.slug());

        var certificate = certificates.current(learner, course.slug()).orElseThrow();

        assertThat(certificate.snapshot().language()).isEqualTo("es-US");
        try (var pdf = Loader.loadPDF(CertificatePdf.render(certificate))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Certificado de finalización", "Se certifica que", "Inés Núñez")
                    .doesNotContain("Certificate of Completion");
        }
        var ready = mailbox.await(fixtures.emailOf(learner), "está listo");
        assertThat(Mailbox.text(ready)).contains("Enhorabuena: usted completó");
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
