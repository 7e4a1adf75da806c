package org.attune.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.attune.testing.Clinicians;
import org.attune.testing.Deployments;
import org.attune.testing.Fixtures;
import org.attune.testing.GradebookStandIn;
import org.attune.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An instructor's deep-linking launch answered as the platform receives it: the module picked on the deep-linking
 * page comes back as a JWT that verifies against Attune's published JWK set and links that module.
 */
@ExtendWith(ArquillianExtension.class)
class LtiDeepLinkingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClass(TestLaunches.class);
    }

    @ArquillianResource
    URL app;

    @Inject
    Fixtures fixtures;

    @Inject
    TestLaunches launches;

    @Inject
    GradebookStandIn gradebook;

    @Test
    void theModuleAnInstructorPicksReturnsToThePlatformInASignedAnswer() throws Exception {
        var course = fixtures.course("lti", "auto", false, 2, null);
        long teacher = fixtures.learner("Rosa Lindqvist");
        var platform = launches.platform(fixtures.admin("Lms Admin"), gradebook.tokenUrl());
        long launch = launches.deepLinking(platform, teacher, TestLaunches.INSTRUCTOR, "opaque-data-7");
        var browser = signedIn(teacher);

        var page = browser.page("lti/deep-link?launch=" + launch);
        assertThat(page.getElementById("refusal")).isNull();
        var chooser = page.select("button[data-module=" + course.module() + "]").first();
        assertThat(chooser).as("the course's module is offered").isNotNull();
        var form = chooser.closest("form");
        var fields = Map.of(
                "launch",
                form.select("input[name=launch]").val(),
                "module",
                form.select("input[name=module]").val());
        var response = browser.postForm("api/lti/deep-link", fields, Map.of("Origin", browser.origin()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp).contains("form-action " + platform.issuer()));
        var answer = Jsoup.parse(response.body());
        var returnForm = answer.getElementById("answer");
        assertThat(returnForm.attr("action")).isEqualTo(platform.issuer() + "/deep_links");
        assertThat(returnForm.attr("method")).isEqualTo("post");
        var jwt = SignedJWT.parse(returnForm.select("input[name=JWT]").val());
        var keys = JWKSet.load(new URL(app, "lti/jwks"));
        var key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("signed with a key Attune publishes").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getStringClaim(DeepLinking.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(DeepLinking.DEPLOYMENT_ID)).isEqualTo("dep-1");
        assertThat(claims.getStringClaim(DeepLinking.DATA)).isEqualTo("opaque-data-7");
        var item = (Map<?, ?>) ((List<?>) claims.getClaim(DeepLinking.CONTENT_ITEMS)).get(0);
        assertThat(item.get("custom")).isEqualTo(Map.of("module", course.module()));
        assertThat(((Map<?, ?>) item.get("lineItem")).get("resourceId")).isEqualTo(course.module());
        assertThat(((Number) ((Map<?, ?>) item.get("lineItem")).get("scoreMaximum")).intValue())
                .isEqualTo(100);
    }

    @Test
    void aLearnersOrSomeoneElsesDeepLinkingLaunchIsRefusedOnThePageAndAtTheAnswer() throws Exception {
        var course = fixtures.course("lti", "auto", false, 2, null);
        long learner = fixtures.learner("Kofi Mensah");
        long other = fixtures.learner("Lena Vogel");
        var platform = launches.platform(fixtures.admin("Lms Admin"), gradebook.tokenUrl());
        long learnersLaunch = launches.deepLinking(platform, learner, TestLaunches.LEARNER, "d");
        long othersLaunch = launches.deepLinking(platform, other, TestLaunches.INSTRUCTOR, "d");
        var browser = signedIn(learner);

        assertThat(browser.page("lti/deep-link?launch=" + learnersLaunch)
                        .getElementById("refusal")
                        .text())
                .contains("Only an instructor or an administrator");
        assertThat(browser.page("lti/deep-link?launch=" + othersLaunch)
                        .getElementById("refusal")
                        .text())
                .contains("not yours");
        for (long launch : List.of(learnersLaunch, othersLaunch)) {
            var response = browser.postForm(
                    "api/lti/deep-link",
                    Map.of("launch", String.valueOf(launch), "module", course.module()),
                    Map.of("Origin", browser.origin()));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).doesNotContain("name=\"JWT\"");
        }
    }

    private PageClient signedIn(long account) throws Exception {
        var browser = new PageClient(app);
        Clinicians.signIn(browser, fixtures.emailOf(account), Clinicians.PASSWORD);
        return browser;
    }
}
