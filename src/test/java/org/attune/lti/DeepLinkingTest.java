package org.attune.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepLinkingTest {

    private static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    private static String launch(String role, String acceptTypes, String data) {
        return "{\"iss\": \"https://lms.example.org\", \"sub\": \"t-9\","
                + " \"https://purl.imsglobal.org/spec/lti/claim/message_type\": \"LtiDeepLinkingRequest\","
                + " \"https://purl.imsglobal.org/spec/lti/claim/deployment_id\": \"dep-1\","
                + " \"https://purl.imsglobal.org/spec/lti/claim/roles\": [\"" + role + "\"],"
                + " \"https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings\": {"
                + " \"deep_link_return_url\": \"https://lms.example.org/deep_links\","
                + " \"accept_types\": " + acceptTypes
                + (data == null ? "" : ", \"data\": \"" + data + "\"") + "}}";
    }

    @Test
    void aDeepLinkingRequestSaysWhereToReturnWhatToEchoAndWhetherAnInstructorAsks() {
        var request = DeepLinking.request(launch(INSTRUCTOR, "[\"link\", \"ltiResourceLink\"]", "csrf-7"))
                .orElseThrow();

        assertThat(request.deploymentId()).isEqualTo("dep-1");
        assertThat(request.returnUrl()).isEqualTo("https://lms.example.org/deep_links");
        assertThat(request.data()).contains("csrf-7");
        assertThat(request.instructor()).isTrue();
        assertThat(DeepLinking.request(launch(LEARNER, "[\"ltiResourceLink\"]", null))
                        .orElseThrow()
                        .instructor())
                .isFalse();
    }

    @Test
    void aRequestThatTakesNoResourceLinksOrIsNoDeepLinkingRequestCannotBeAnswered() {
        assertThat(DeepLinking.request(launch(INSTRUCTOR, "[\"file\", \"html\"]", null)))
                .isEmpty();
        assertThat(DeepLinking.request(launch(INSTRUCTOR, "[\"ltiResourceLink\"]", null)
                        .replace("LtiDeepLinkingRequest", "LtiResourceLinkRequest")))
                .isEmpty();
        assertThat(DeepLinking.request("{}")).isEmpty();
    }

    @Test
    void theAnswerLinksTheChosenModuleWithALineItemOutOfAHundredFromTheToolToThePlatform() throws Exception {
        var request = DeepLinking.request(launch(INSTRUCTOR, "[\"ltiResourceLink\"]", "csrf-7"))
                .orElseThrow();
        var now = Instant.parse("2026-12-02T17:00:00Z");

        var claims = DeepLinking.answer(
                request,
                "attune-client",
                "https://lms.example.org",
                new DeepLinking.Choice("attunement", "Attunement in the room"),
                "https://ce.example.org/lti/launch",
                "n-123",
                now);

        assertThat(claims.getIssuer()).isEqualTo("attune-client");
        assertThat(claims.getAudience()).containsExactly("https://lms.example.org");
        assertThat(claims.getStringClaim("nonce")).isEqualTo("n-123");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(now);
        assertThat(claims.getExpirationTime().toInstant()).isAfter(now);
        assertThat(claims.getStringClaim(DeepLinking.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(DeepLinking.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(DeepLinking.DEPLOYMENT_ID)).isEqualTo("dep-1");
        assertThat(claims.getStringClaim(DeepLinking.DATA)).isEqualTo("csrf-7");
        var items = (List<?>) claims.getClaim(DeepLinking.CONTENT_ITEMS);
        assertThat(items).hasSize(1);
        var item = (Map<?, ?>) items.get(0);
        assertThat(item.get("type")).isEqualTo("ltiResourceLink");
        assertThat(item.get("title")).isEqualTo("Attunement in the room");
        assertThat(item.get("url")).isEqualTo("https://ce.example.org/lti/launch");
        assertThat(item.get("custom")).isEqualTo(Map.of("module", "attunement"));
        assertThat(item.get("lineItem"))
                .isEqualTo(Map.of("scoreMaximum", 100, "label", "Attunement in the room", "resourceId", "attunement"));
    }

    @Test
    void withoutDataToEchoTheAnswerHasNoDataClaim() {
        var request = DeepLinking.request(launch(INSTRUCTOR, "[\"ltiResourceLink\"]", null))
                .orElseThrow();
        var claims = DeepLinking.answer(
                request,
                "c",
                "https://lms.example.org",
                new DeepLinking.Choice("m", "M"),
                "https://t/l",
                "n",
                Instant.now());
        assertThat(claims.getClaims()).doesNotContainKey(DeepLinking.DATA);
    }
}
