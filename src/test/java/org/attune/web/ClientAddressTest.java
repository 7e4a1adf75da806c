package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose address a request is, behind a balancer or not. */
class ClientAddressTest {

    private static final ClientAddress BEHIND_HAPROXY = new ClientAddress("127.0.0.1");

    @Test
    void withoutTrustedProxiesTheConnectionsAddressIsTheClientsWhateverTheHeaderSays() {
        var direct = new ClientAddress("");

        assertThat(direct.resolve("203.0.113.9", headers("198.51.100.1"))).isEqualTo("203.0.113.9");
        assertThat(direct.resolve("127.0.0.1", headers("198.51.100.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aRequestThatDoesNotComeFromTheBalancerCannotNameAnotherAddress() {
        assertThat(BEHIND_HAPROXY.resolve("203.0.113.9", headers("198.51.100.1")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void fromTheBalancerTheAddressItAppendedIsTheClients() {
        assertThat(BEHIND_HAPROXY.resolve("127.0.0.1", headers("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void whatTheClientWroteIntoTheHeaderBeforeTheBalancerIsIgnored() {
        assertThat(BEHIND_HAPROXY.resolve("127.0.0.1", headers("198.51.100.1, 198.51.100.2", "203.0.113.9")))
                .as("haproxy adds a header of its own after the client's")
                .isEqualTo("203.0.113.9");
        assertThat(BEHIND_HAPROXY.resolve("127.0.0.1", headers("198.51.100.1, 203.0.113.9")))
                .as("or appends to the client's")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedBackToTheFirstUntrustedAddress() {
        var twoProxies = new ClientAddress("127.0.0.1, 10.0.0.5");

        assertThat(twoProxies.resolve("127.0.0.1", headers("198.51.100.1, 203.0.113.9, 10.0.0.5")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void somethingThatIsNotAnAddressEndsTheWalk() {
        assertThat(BEHIND_HAPROXY.resolve("127.0.0.1", headers("203.0.113.9, example.org")))
                .as("nothing the balancer did not write is believed")
                .isEqualTo("127.0.0.1");
        assertThat(BEHIND_HAPROXY.resolve("127.0.0.1", headers("999.1.1.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void fromTheBalancerWithoutTheHeaderTheBalancersAddressIsAllThereIs() {
        assertThat(BEHIND_HAPROXY.resolve("127.0.0.1", headers())).isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6AddressesAreComparedAsAddresses() {
        var loopback = new ClientAddress("::1");

        assertThat(loopback.resolve("0:0:0:0:0:0:0:1", headers("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void aTrustedProxyMustBeAnAddressNotAName() {
        assertThatThrownBy(() -> new ClientAddress("balancer.example.org"))
                .hasMessageContaining("ATTUNE_TRUSTED_PROXIES")
                .hasMessageContaining("balancer.example.org");
    }

    private static Enumeration<String> headers(String... values) {
        return Collections.enumeration(List.of(values));
    }
}
