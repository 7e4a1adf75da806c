package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void theRunCommandsServerPointsAtLocalhost8080WithoutAWarning() {
        var resolved = PublicUrl.resolve(null, "127.0.0.1", 8080, "");

        assertThat(resolved.url()).isEqualTo("http://localhost:8080");
        assertThat(resolved.warning()).isEmpty();
    }

    @Test
    void aPortOffsetAndAContextPathAreTheServersOwn() {
        assertThat(PublicUrl.resolve("", "127.0.0.1", 8680, "/attune").url()).isEqualTo("http://localhost:8680/attune");
        assertThat(PublicUrl.resolve(" ", "::1", 8180, "/").url()).isEqualTo("http://localhost:8180");
    }

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        var resolved = PublicUrl.resolve(" https://ce.example.org/ ", "0.0.0.0", 8080, "");

        assertThat(resolved.url()).isEqualTo("https://ce.example.org");
        assertThat(resolved.warning()).isEmpty();
    }

    @Test
    void aServerListeningBeyondThisMachineWithoutAConfiguredAddressWarns() {
        var resolved = PublicUrl.resolve(null, "192.0.2.10", 8080, "");

        assertThat(resolved.url()).isEqualTo("http://192.0.2.10:8080");
        assertThat(resolved.warning())
                .hasValueSatisfying(w ->
                        assertThat(w).startsWith("ATTUNE_PUBLIC_URL is not set").contains("http://192.0.2.10:8080"));
        assertThat(PublicUrl.resolve(null, "0.0.0.0", 8080, "").warning()).isPresent();
    }

    @Test
    void anAddressThatIsNotHttpIsNotUsedAndSaysSo() {
        var resolved = PublicUrl.resolve("ce.example.org", "127.0.0.1", 8080, "");

        assertThat(resolved.url()).isEqualTo("http://localhost:8080");
        assertThat(resolved.warning()).hasValueSatisfying(w -> assertThat(w).contains("not an http or https address"));
        assertThat(PublicUrl.resolve("javascript:alert(1)", "127.0.0.1", 8080, "")
                        .url())
                .isEqualTo("http://localhost:8080");
    }
}
