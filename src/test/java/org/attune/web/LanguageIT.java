package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.attune.account.MyAccount;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page speaks the account's chosen language, else the one the layout's switcher put in the {@code lang} cookie,
 * else the browser's Accept-Language, else English; it says that it varies by them, its {@code <html lang>} names
 * the language, and switching as a visitor opens no session.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    MyAccount myAccount;

    @Test
    void aSpanishBrowserGetsTheSignInPageInSpanish() throws Exception {
        var response = get(new PageClient(app), "signin", "es-US,es;q=0.9,en;q=0.5");
        var page = parse(response);

        assertThat(page.selectFirst("html").attr("lang")).startsWith("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Iniciar sesión");
        assertThat(response.headers().firstValue("Vary").orElse("")).contains("Accept-Language", "Cookie");
    }

    @Test
    void aBrowserThatAsksForNothingGetsEnglish() throws Exception {
        var page = parse(new PageClient(app).get("signin"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Sign in");
    }

    @Test
    void theSwitchersCookieBeatsAcceptLanguageAndAVisitorGetsNoSession() throws Exception {
        var visitor = new PageClient(app);
        var english = parse(get(visitor, "signin", "en-US"));
        var link = english.selectFirst("a.language-switch");
        assertThat(link.attr("lang")).isEqualTo("es");

        var switched =
                visitor.sendWithoutRedirect(HttpRequest.newBuilder(URI.create(visitor.origin() + link.attr("href")))
                        .header("Accept-Language", "en-US")
                        .build());

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location"))
                .hasValueSatisfying(at -> assertThat(at).endsWith("/signin"));
        assertThat(visitor.cookie(Languages.COOKIE)).contains("es-US");
        var spanish = parse(get(visitor, "signin", "en-US"));
        assertThat(spanish.selectFirst("h1").text()).isEqualTo("Iniciar sesión");
        assertThat(spanish.selectFirst("a.language-switch").attr("lang")).isEqualTo("en");
        assertThat(visitor.cookie("JSESSIONID"))
                .as("a visitor who switches gets no session")
                .isEmpty();
    }

    @Test
    void theSwitcherSendsNobodyToAnotherSite() throws Exception {
        var switched = PageClient.getWithoutRedirect(app, "language?to=es&back=//evil.example/");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example");
    }

    @Test
    void theAccountsChoiceBeatsTheCookieFromSignInOn() throws Exception {
        long learner = fixtures.learner("Ana Ruiz");
        myAccount.chooseLanguage(learner, Texts.SPANISH);
        var browser = new PageClient(app);
        browser.setCookie(Languages.COOKIE, "en");

        Clinicians.signIn(browser, fixtures.emailOf(learner), Clinicians.PASSWORD);
        var page = parse(get(browser, "account", "en-US"));

        assertThat(page.selectFirst("html").attr("lang")).startsWith("es");
        assertThat(page.select("nav.site-nav a").eachText()).contains("Mi cuenta");
        assertThat(page.selectFirst("a.language-switch"))
                .as("the switcher would change nothing")
                .isNull();

        var chosen = browser.submit(page, "language", Map.of("choice_input", "en"), "saveLanguage");
        assertThat(chosen.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(chosen.select("nav.site-nav a").eachText()).contains("My account");
    }

    private HttpResponse<String> get(PageClient browser, String path, String acceptLanguage) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(app.toString()).resolve(path))
                .header("Accept-Language", acceptLanguage)
                .build());
    }

    private static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }
}
