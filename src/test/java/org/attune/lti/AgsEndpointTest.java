package org.attune.lti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgsEndpointTest {

    private static final String CLAIM = "\"https://purl.imsglobal.org/spec/lti-ags/claim/endpoint\"";

    @Test
    void aLaunchNamingALineItemAndGrantingTheScoreScopeIsAGradeTarget() {
        var claims = "{\"sub\": \"u-1\", " + CLAIM + ": {\"scope\": ["
                + "\"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem\","
                + " \"https://purl.imsglobal.org/spec/lti-ags/scope/score\"],"
                + " \"lineitems\": \"https://lms.example.org/c/7/lineitems\","
                + " \"lineitem\": \"https://lms.example.org/c/7/lineitems/3\"}}";

        var endpoint = AgsEndpoint.of(claims).orElseThrow();

        assertThat(endpoint.lineitem()).isEqualTo("https://lms.example.org/c/7/lineitems/3");
        assertThat(endpoint.scopes()).contains(AgsEndpoint.SCORE_SCOPE);
        assertThat(AgsEndpoint.subjectOf(claims)).contains("u-1");
    }

    @Test
    void withoutALineItemOrTheScoreScopeOrTheClaimThereIsNowhereToPost() {
        assertThat(AgsEndpoint.of(
                        "{" + CLAIM + ": {\"scope\": [\"https://purl.imsglobal.org/spec/lti-ags/scope/score\"],"
                                + " \"lineitems\": \"https://lms.example.org/c/7/lineitems\"}}"))
                .isEmpty();
        assertThat(AgsEndpoint.of("{" + CLAIM + ": {\"scope\": ["
                        + "\"https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly\"],"
                        + " \"lineitem\": \"https://lms.example.org/c/7/lineitems/3\"}}"))
                .isEmpty();
        assertThat(AgsEndpoint.of("{\"sub\": \"u-1\"}")).isEmpty();
        assertThat(AgsEndpoint.of("not json")).isEmpty();
    }

    @Test
    void aLineItemThatIsNotAWebAddressIsNoTarget() {
        assertThat(AgsEndpoint.of(
                        "{" + CLAIM + ": {\"scope\": [\"https://purl.imsglobal.org/spec/lti-ags/scope/score\"],"
                                + " \"lineitem\": \"file:///etc/passwd\"}}"))
                .isEmpty();
    }
}
