package org.attune.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchChecksTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static JWTClaimsSet.Builder good() {
        return new JWTClaimsSet.Builder()
                .issuer("https://lms.example.edu")
                .subject("user-7")
                .audience("attune")
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
                .claim("nonce", "n-1")
                .claim(LaunchChecks.VERSION, "1.3.0")
                .claim(LaunchChecks.DEPLOYMENT_ID, "d-1")
                .claim(LaunchChecks.MESSAGE_TYPE, LaunchChecks.RESOURCE_LINK_REQUEST)
                .claim(LaunchChecks.RESOURCE_LINK, Map.of("id", "link-1"));
    }

    private static String tokenProblem(JWTClaimsSet claims) {
        return LaunchChecks.tokenProblem(claims, "https://lms.example.edu", "attune", "n-1", NOW)
                .orElse(null);
    }

    @Test
    void aGoodTokenBreaksNoRule() {
        assertThat(tokenProblem(good().build())).isNull();
        assertThat(LaunchChecks.ltiProblem(good().build(), List.of("d-1"))).isEmpty();
    }

    @Test
    void aTokenForAnotherAudienceOrAnotherAuthorizedPartyIsRefused() {
        assertThat(tokenProblem(good().audience("someone-else").build())).isEqualTo("lti.refused.audience");
        assertThat(tokenProblem(good().audience(List.of("attune", "other")).build()))
                .as("several audiences need azp")
                .isEqualTo("lti.refused.audience");
        assertThat(tokenProblem(good().audience(List.of("attune", "other"))
                        .claim("azp", "other")
                        .build()))
                .isEqualTo("lti.refused.audience");
        assertThat(tokenProblem(good().audience(List.of("attune", "other"))
                        .claim("azp", "attune")
                        .build()))
                .isNull();
    }

    @Test
    void anExpiredTokenAnotherIssuersAndAnotherLoginsAreRefused() {
        assertThat(tokenProblem(good().expirationTime(Date.from(NOW.minus(Duration.ofMinutes(2))))
                        .build()))
                .isEqualTo("lti.refused.expired");
        assertThat(tokenProblem(good().issuer("https://elsewhere.example").build()))
                .isEqualTo("lti.refused.issuer");
        assertThat(tokenProblem(good().claim("nonce", "n-2").build())).isEqualTo("lti.refused.nonce");
    }

    @Test
    void anUnregisteredDeploymentAnotherVersionAndAnUnknownMessageAreRefused() {
        assertThat(LaunchChecks.ltiProblem(good().build(), List.of("d-2"))).contains("lti.refused.deployment");
        assertThat(LaunchChecks.ltiProblem(
                        good().claim(LaunchChecks.VERSION, "1.1").build(), List.of("d-1")))
                .contains("lti.refused.version");
        assertThat(LaunchChecks.ltiProblem(
                        good().claim(LaunchChecks.MESSAGE_TYPE, "LtiSubmissionReviewRequest")
                                .build(),
                        List.of("d-1")))
                .contains("lti.refused.messageType");
        assertThat(LaunchChecks.ltiProblem(
                        good().claim(LaunchChecks.RESOURCE_LINK, null).build(), List.of("d-1")))
                .contains("lti.refused.resourceLink");
    }

    @Test
    void theModuleIsTheCustomParameterWhenItIsASlug() {
        assertThat(LaunchChecks.moduleSlug(good().claim(LaunchChecks.CUSTOM, Map.of("module", "secure-base"))
                        .build()))
                .contains("secure-base");
        assertThat(LaunchChecks.moduleSlug(good().claim(LaunchChecks.CUSTOM, Map.of("module", "//evil.example"))
                        .build()))
                .isEmpty();
        assertThat(LaunchChecks.moduleSlug(good().build())).isEmpty();
    }
}
