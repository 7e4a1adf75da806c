package org.attune.lti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformFormTest {

    private static PlatformForm filled() {
        var form = new PlatformForm();
        form.setIssuer("https://lms.example.edu");
        form.setClientId("attune");
        form.setDeploymentIds("d-1\n d-2 \n\nd-1");
        form.setAuthUrl("https://lms.example.edu/auth");
        form.setJwksUrl("https://lms.example.edu/jwks");
        form.setTokenUrl("https://lms.example.edu/token");
        return form;
    }

    @Test
    void aCompleteFormHasNoProblemAndItsDeploymentsAreOneALine() {
        assertThat(filled().problems()).isEmpty();
        assertThat(PlatformForm.lines(filled().getDeploymentIds())).containsExactly("d-1", "d-2");
    }

    @Test
    void plainHttpIsRefusedExceptOnThisMachine() {
        var form = filled();
        form.setJwksUrl("http://lms.example.edu/jwks");
        assertThat(form.problems()).containsEntry("jwksUrl", "lti.platform.urlInvalid");
        form.setJwksUrl("http://localhost:8080/jwks");
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void framingNeedsABareOrigin() {
        var form = filled();
        form.setAllowFraming(true);
        form.setFramingOrigin("https://lms.example.edu/course/1");
        assertThat(form.problems()).containsEntry("framingOrigin", "lti.platform.originInvalid");
        form.setFramingOrigin("https://lms.example.edu");
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void missingFieldsAreEachNamed() {
        assertThat(new PlatformForm().problems())
                .containsKeys("issuer", "clientId", "deploymentIds", "authUrl", "jwksUrl", "tokenUrl");
    }
}
