package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The way back after signing in goes only to a page of this site. */
class WayBackTest {

    @Test
    void aPathOnThisSiteIsFollowedWithItsQuery() {
        assertThat(WayBack.local("/quiz/attunement")).hasValue("/quiz/attunement");
        assertThat(WayBack.local("/learn/m/l?from=mail&x=%20")).hasValue("/learn/m/l?from=mail&x=%20");
    }

    @Test
    void anythingThatCouldLeadElsewhereIsIgnored() {
        for (var next : new String[] {
            "//attacker.example/x",
            "https://attacker.example/",
            "/\\attacker.example",
            "\\\\attacker.example",
            "/dashboard\r\nSet-Cookie: x=y",
            "/a b",
            "dashboard",
            "",
            "/" + "x".repeat(2000)
        }) {
            assertThat(WayBack.local(next)).as(next).isEmpty();
        }
        assertThat(WayBack.local(null)).isEmpty();
    }
}
