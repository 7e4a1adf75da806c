package org.attune.learner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import org.attune.account.AccountService;
import org.attune.certificate.CertificateService;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Download my data": the signed-in person's own account, licences, progress, attempts, evaluations, certificates. */
@ExtendWith(ArquillianExtension.class)
class MyDataIT {

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

    @Test
    void aLearnerDownloadsEverythingAttuneKeepsAboutThemAsOneJsonFileAndNoPassword() throws Exception {
        var course = fixtures.course("auto");
        var email = Clinicians.newEmail();
        var browser = new PageClient(app);
        Clinicians.signUp(browser, "Dana Export", email);
        long id = accounts.findByEmail(email).orElseThrow().getId();
        fixtures.completeLessons(id, course.module());
        fixtures.passPostTest(id, course.module());
        fixtures.evaluate(id, course.slug());
        var code = certificates
                .claim(id, course.slug(), "https://attune.example.org")
                .orElseThrow()
                .getCode();
        assertThat(browser.page("account").select("a#downloadData").attr("href"))
                .endsWith("/api/me/data");

        var response = browser.get("api/me/data");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        var data = json(response.body());
        assertThat(data.getJsonObject("account").getString("email")).isEqualTo(email);
        assertThat(data.getJsonObject("account").getString("fullName")).isEqualTo("Dana Export");
        assertThat(data.getJsonArray("licences")).isEmpty();
        assertThat(data.getJsonObject("progress").getJsonArray("lessonsCompleted"))
                .hasSize(2);
        var attempt = data.getJsonObject("postTests").getJsonArray("attempts").getJsonObject(0);
        assertThat(attempt.getBoolean("passed")).isTrue();
        assertThat(attempt.getJsonArray("questions")).isNotEmpty();
        assertThat(data.getJsonArray("evaluations").getJsonObject(0).getString("course"))
                .isEqualTo(course.slug());
        assertThat(data.getJsonObject("certificates")
                        .getJsonArray("certificates")
                        .getJsonObject(0)
                        .getString("code"))
                .isEqualTo(code);
        assertThat(response.body()).doesNotContainIgnoringCase("password").doesNotContain("PBKDF2");
    }

    @Test
    void eachPersonGetsOnlyTheirOwnAndAVisitorNothing() throws Exception {
        var one = new PageClient(app);
        Clinicians.signUp(one, "Una One", Clinicians.newEmail());
        var other = new PageClient(app);
        var otherEmail = Clinicians.newEmail();
        Clinicians.signUp(other, "Otto Other", otherEmail);

        assertThat(json(other.get("api/me/data").body())
                        .getJsonObject("account")
                        .getString("email"))
                .isEqualTo(otherEmail);
        assertThat(new PageClient(app).get("api/me/data").statusCode()).isEqualTo(401);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
