package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attune.account.AccountService;
import org.attune.authoring.ModuleArchive;
import org.attune.catalog.CatalogService;
import org.attune.content.ModuleLibrary;
import org.attune.testing.Clinicians;
import org.attune.testing.Courses;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another site's page cannot change anything in a signed-in person's name: a form or script on it that posts to
 * Attune (the learner's cookies riding along) is refused with a 403, whatever it targets, while Attune's own pages
 * and scripts without a browser (curl, the README's examples) carry on.
 */
@ExtendWith(ArquillianExtension.class)
class CrossSiteRequestsIT {

    /** What a browser names as the origin of a page on another site, or of a sandboxed or redirected one. */
    private static final List<String> FOREIGN = List.of("https://attacker.example", "null");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Test
    void anotherSitesFormCannotMarkALessonCompleteForALearner() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Cass Crosby", Clinicians.newEmail());
        var lesson = "learn/" + module.slug() + "/" + module.lessons().get(0).slug();

        for (var origin : FOREIGN) {
            var forged = learner.postForm(lesson, markComplete(), Map.of("Origin", origin));
            assertThat(forged.statusCode()).as(origin).isEqualTo(403);
            assertThat(forged.body()).contains("came from another site");
        }

        assertThat(learner.page("modules/" + module.slug())
                        .select(".progress-note")
                        .text())
                .startsWith("0 of ");
        assertThat(learner.postForm(lesson, markComplete()).statusCode())
                .as("the same form from Attune's own page")
                .isEqualTo(200);
        assertThat(learner.page("modules/" + module.slug())
                        .select(".progress-note")
                        .text())
                .startsWith("1 of ");
    }

    @Test
    void aBrowserThatSendsNoOriginButSaysTheRequestIsCrossSiteIsRefusedToo() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Sid Fetch", Clinicians.newEmail());
        var lesson = "learn/" + module.slug() + "/" + module.lessons().get(0).slug();

        var cookie = "JSESSIONID=" + learner.cookie("JSESSIONID").orElseThrow();
        var browser = HttpClient.newHttpClient();

        for (var site : List.of("cross-site", "same-site", "none")) {
            var forged = browser.send(
                    post(lesson, markComplete())
                            .header("Cookie", cookie)
                            .header("Sec-Fetch-Site", site)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as(site).isEqualTo(403);
        }
        assertThat(learner.page("modules/" + module.slug())
                        .select(".progress-note")
                        .text())
                .startsWith("0 of ");
        assertThat(browser.send(
                                post(lesson, markComplete())
                                        .header("Cookie", cookie)
                                        .header("Sec-Fetch-Site", "same-origin")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        assertThat(learner.page("modules/" + module.slug())
                        .select(".progress-note")
                        .text())
                .startsWith("1 of ");
    }

    @Test
    void anotherSitesFormCannotSignALearnerOut() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Sol Stays", Clinicians.newEmail());
        // The lesson page is a stateless view: no view state stands between a forged form and its sign-out button.
        var lesson = "learn/" + module.slug() + "/" + module.lessons().get(0).slug();
        var signOut = Map.of(
                "signout",
                "signout",
                "signout:signOut",
                "",
                "jakarta.faces.ViewState",
                "stateless",
                "primefaces.nonce",
                nonce());

        for (var origin : FOREIGN) {
            assertThat(learner.postForm(lesson, signOut, Map.of("Origin", origin))
                            .statusCode())
                    .as(origin)
                    .isEqualTo(403);
        }

        assertThat(learner.page("dashboard").select(".who").text()).isEqualTo("Sol Stays");
    }

    @Test
    void anotherSitesScriptCannotImportOrPublishAModule() throws Exception {
        var admin = Clinicians.signedInAdmin(accounts, app);
        var course = Courses.create(admin, "Cross-site");
        var slug = "cross-site-" + UUID.randomUUID().toString().substring(0, 8);
        var zip = ModuleArchive.export(Courses.module(slug, 1, null, List.of()));
        var importing = "api/authoring/modules/" + slug + "?course=" + course;

        for (var origin : FOREIGN) {
            var imported = admin.send(post(importing)
                    .header("Origin", origin)
                    .header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                    .build());
            assertThat(imported.statusCode()).as(origin).isEqualTo(403);
            assertThat(imported.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(imported.body()).contains("\"error\":").contains("another site");
        }
        assertThat(admin.send(post(importing)
                                .header("Content-Type", "application/zip")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                                .build())
                        .statusCode())
                .as("imported from Attune's own page")
                .isEqualTo(200);

        // A text/plain form is what another site can post without asking the browser first.
        for (var origin : FOREIGN) {
            var published = admin.send(post("api/authoring/modules/" + slug + "/publish")
                    .header("Origin", origin)
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("publish=now"))
                    .build());
            assertThat(published.statusCode()).as(origin).isEqualTo(403);
        }
        assertThat(catalog.module(slug)).as("not published by another site").isEmpty();
        assertThat(admin.send(post("api/authoring/modules/" + slug + "/publish")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(catalog.module(slug)).isPresent();
    }

    @Test
    void aScriptWithoutABrowserStillPublishesWithTheSessionCookieAsTheReadmeShows() throws Exception {
        var admin = Clinicians.signedInAdmin(accounts, app);
        var course = Courses.create(admin, "Scripted");
        var slug = "scripted-" + UUID.randomUUID().toString().substring(0, 8);
        var zip = ModuleArchive.export(Courses.module(slug, 1, null, List.of()));
        var cookie = "JSESSIONID=" + admin.cookie("JSESSIONID").orElseThrow();
        var curl = HttpClient.newHttpClient();

        var imported = curl.send(
                post("api/authoring/modules/" + slug + "?course=" + course)
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var published = curl.send(
                post("api/authoring/modules/" + slug + "/publish")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(catalog.module(slug)).isPresent();
    }

    /** What a forged form posts to press "Mark lesson complete" on the stateless lesson page. */
    private static Map<String, String> markComplete() {
        return Map.of(
                "lesson",
                "lesson",
                "lesson:markComplete",
                "",
                "jakarta.faces.ViewState",
                "stateless",
                "primefaces.nonce",
                nonce());
    }

    /** A nonce of the form PrimeFaces makes, which a stateless view cannot tell from the one it sent. */
    private static String nonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(app + path));
    }

    private HttpRequest.Builder post(String path, Map<String, String> form) {
        var body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return post(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
}
