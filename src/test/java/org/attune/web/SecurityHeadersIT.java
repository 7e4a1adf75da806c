package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.content.ModuleLibrary;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every page tells the browser to protect its reader: a session cookie scripts cannot read and other sites'
 * forms do not carry, a Content-Security-Policy that runs only Attune's own scripts and those it wrote into the page
 * with that response's nonce, and no framing by other sites.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndOverPlainHttpNotSecure() throws Exception {
        var email = Clinicians.newEmail();
        Clinicians.signUp(new PageClient(app), "Coco Cookie", email);
        var browser = new PageClient(app);
        var signedUp = browser.submitted(
                browser.page("signin"), "signin", Map.of("email", email, "password", Clinicians.PASSWORD), "submit");

        var cookies = new ArrayList<String>();
        for (var response = Optional.of(signedUp);
                response.isPresent();
                response = response.get().previousResponse()) {
            response.get().headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .forEach(cookies::add);
        }

        assertThat(cookies)
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie.toLowerCase())
                        .contains("; httponly")
                        .contains("; samesite=lax")
                        .doesNotContain("; secure"));
    }

    @Test
    void everyPageRunsOnlyScriptsWithItsOwnNonceAndCannotBeFramed() throws Exception {
        var module = ModuleLibrary.read(Path.of("modules")).modules().get(0);
        var learner = new PageClient(app);
        Clinicians.signUp(learner, "Cyd Policy", Clinicians.newEmail());
        var visitor = new PageClient(app);
        var pages = new ArrayList<HttpResponse<String>>();
        for (var path : List.of("", "modules/" + module.slug(), "signin", "signup", "no/such/page")) {
            pages.add(visitor.get(path));
        }
        for (var path : List.of(
                "",
                "dashboard",
                "certificates",
                "learn/" + module.slug() + "/" + module.lessons().get(0).slug(),
                "quiz/" + module.slug(),
                "admin/accounts")) {
            pages.add(learner.get(path));
        }

        for (var page : pages) {
            var where = page.uri() + " (" + page.statusCode() + ")";
            var policies = page.headers().allValues("Content-Security-Policy");
            var scriptPolicy = policies.stream()
                    .filter(policy -> policy.contains("script-src"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no script-src policy on " + where));
            var scriptSrc = scriptPolicy.substring(scriptPolicy.indexOf("script-src"));
            assertThat(scriptSrc)
                    .as(where)
                    .contains("'self'")
                    .contains("'nonce-")
                    .doesNotContain("'unsafe-inline'")
                    .doesNotContain("'unsafe-eval'");
            var nonce = scriptSrc.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
            var html = Jsoup.parse(page.body());
            assertThat(html.select("script"))
                    .as("scripts on " + where)
                    .isNotEmpty()
                    .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce));
            assertThat(html.select("*").stream()
                            .flatMap(element -> element.attributes().asList().stream())
                            .map(attribute -> attribute.getKey())
                            .filter(name -> name.toLowerCase().startsWith("on"))
                            .toList())
                    .as("inline event handlers on " + where)
                    .isEmpty();
            assertThat(policies)
                    .as(where)
                    .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
        }
    }

    @Test
    void overPlainHttpBrowsersAreNotToldToInsistOnHttps() throws Exception {
        var response = new PageClient(app).get("");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
