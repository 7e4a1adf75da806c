package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which state-changing requests the cross-site guard takes as this site's, by the headers a browser sends. */
class CrossSiteGuardTest {

    private static final Set<String> SITE = Set.of("http://localhost:8080");

    @Test
    void aRequestNamingThisSitesOriginPassesHoweverTheBrowserSpellsIt() {
        assertThat(CrossSiteGuard.fromThisSite("http://localhost:8080", null, SITE))
                .isTrue();
        assertThat(CrossSiteGuard.fromThisSite("HTTP://LocalHost:8080", null, SITE))
                .isTrue();
        assertThat(CrossSiteGuard.fromThisSite("https://ce.example.org", null, Set.of("https://ce.example.org")))
                .isTrue();
    }

    @Test
    void anotherOriginIsRefusedEvenWhenItOnlyDiffersInSchemePortOrSubdomain() {
        for (var origin : new String[] {
            "https://attacker.example",
            "https://localhost:8080",
            "http://localhost:8081",
            "http://localhost",
            "http://evil.localhost:8080",
            "http://localhost:8080.attacker.example",
            "null",
            "",
            "not a url"
        }) {
            assertThat(CrossSiteGuard.fromThisSite(origin, "same-origin", SITE))
                    .as(origin)
                    .isFalse();
        }
    }

    @Test
    void withoutAnOriginTheBrowsersSecFetchSiteDecides() {
        assertThat(CrossSiteGuard.fromThisSite(null, "same-origin", SITE)).isTrue();
        assertThat(CrossSiteGuard.fromThisSite(null, "cross-site", SITE)).isFalse();
        assertThat(CrossSiteGuard.fromThisSite(null, "same-site", SITE)).isFalse();
        assertThat(CrossSiteGuard.fromThisSite(null, "none", SITE)).isFalse();
    }

    @Test
    void aClientThatSendsNeitherHeaderIsNotABrowserAndPasses() {
        assertThat(CrossSiteGuard.fromThisSite(null, null, SITE)).isTrue();
    }

    @Test
    void behindAProxyThePublicAddressIsThisSiteToo() {
        // The proxy ends TLS and forwards to the server over http under another host name.
        var site = Set.of(
                PublicAddress.origin("http", "attune-node1", 8180),
                PublicAddress.originOf("https://ce.example.org/").orElseThrow());

        assertThat(CrossSiteGuard.fromThisSite("https://ce.example.org", null, site))
                .isTrue();
        assertThat(CrossSiteGuard.fromThisSite("http://ce.example.org", null, site))
                .isFalse();
    }

    @Test
    void anOriginIsWrittenAsBrowsersWriteIt() {
        assertThat(PublicAddress.origin("https", "CE.example.org", 443)).isEqualTo("https://ce.example.org");
        assertThat(PublicAddress.origin("http", "localhost", 80)).isEqualTo("http://localhost");
        assertThat(PublicAddress.origin("http", "localhost", 8080)).isEqualTo("http://localhost:8080");
        assertThat(PublicAddress.origin("http", "::1", 8080)).isEqualTo("http://[::1]:8080");
        assertThat(PublicAddress.originOf("https://ce.example.org:8443/attune/"))
                .hasValue("https://ce.example.org:8443");
        assertThat(PublicAddress.originOf("ce.example.org")).isEmpty();
        assertThat(PublicAddress.originOf("ftp://ce.example.org")).isEmpty();
        assertThat(PublicAddress.originOf(null)).isEmpty();
    }

    @Test
    void browsersAreToldToKeepToHttpsOnlyWhenPeopleReachAttuneOverHttps() {
        assertThat(StrictTransportSecurity.applies(true, false)).isTrue();
        assertThat(StrictTransportSecurity.applies(false, true))
                .as("TLS ends at the proxy")
                .isTrue();
        assertThat(StrictTransportSecurity.applies(false, false)).isFalse();
    }
}
