package org.attune.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LrsConfigTest {

    private static final Map<String, String> COMPLETE = Map.of(
            "ATTUNE_LRS_ENDPOINT", "https://lrs.example.org/xapi",
            "ATTUNE_LRS_KEY", "attune",
            "ATTUNE_LRS_SECRET", "s3cret");

    @Test
    void unsetMeansNothingIsReportedAndSaysSo() {
        var reading = LrsConfig.read(Map.of());

        assertThat(reading.config()).isEmpty();
        assertThat(reading.explanation()).contains("No learning record store is configured");
    }

    @Test
    void anEndpointWithoutItsKeyOrSecretReportsNothing() {
        assertThat(LrsConfig.read(Map.of("ATTUNE_LRS_ENDPOINT", "https://lrs.example.org/xapi"))
                        .config())
                .isEmpty();
        assertThat(LrsConfig.read(Map.of("ATTUNE_LRS_KEY", "k", "ATTUNE_LRS_SECRET", "s"))
                        .config())
                .isEmpty();
    }

    @Test
    void anEndpointThatIsNotAnHttpAddressReportsNothingAndSaysWhy() {
        for (var endpoint :
                new String[] {"ftp://lrs.example.org/", "lrs.example.org/xapi", "https://lrs/x?y=1", "ht tp:"}) {
            var environment = new java.util.HashMap<>(COMPLETE);
            environment.put("ATTUNE_LRS_ENDPOINT", endpoint);

            var reading = LrsConfig.read(environment);

            assertThat(reading.config()).as(endpoint).isEmpty();
            assertThat(reading.explanation()).contains("ATTUNE_LRS_ENDPOINT").contains("no xAPI statements are sent");
        }
    }

    @Test
    void anUnknownActorKindReportsNothing() {
        var environment = new java.util.HashMap<>(COMPLETE);
        environment.put("ATTUNE_LRS_ACTOR", "name");

        assertThat(LrsConfig.read(environment).config()).isEmpty();
    }

    @Test
    void aCompleteConfigurationPostsToTheStatementsResourceWithBasicAuthAndAnOpaqueActorByDefault() {
        var config = LrsConfig.read(COMPLETE).config().orElseThrow();

        assertThat(config.statements()).hasToString("https://lrs.example.org/xapi/statements");
        assertThat(config.authorization()).isEqualTo("Basic YXR0dW5lOnMzY3JldA==");
        assertThat(config.actor()).isEqualTo(LrsConfig.Actor.ACCOUNT);
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void mboxIsChosenOnlyWhenAsked() {
        var environment = new java.util.HashMap<>(COMPLETE);
        environment.put("ATTUNE_LRS_ACTOR", "mbox");

        assertThat(LrsConfig.read(environment).config().orElseThrow().actor()).isEqualTo(LrsConfig.Actor.MBOX);
    }
}
