package org.attune.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

/** The issuer's did:web and the Multikey form of its public keys. */
class IssuerTest {

    @Test
    void aPortIsPercentEncodedAsTheDidWebMethodSays() {
        assertThat(Issuer.did("http://localhost:8080/")).isEqualTo("did:web:localhost%3A8080");
        assertThat(Issuer.did("https://ce.example.org")).isEqualTo("did:web:ce.example.org");
    }

    @Test
    void aPathBecomesColonSeparatedSegments() {
        assertThat(Issuer.did("https://CE.example.org/attune/")).isEqualTo("did:web:ce.example.org:attune");
    }

    @Test
    void aPublicKeyReadsBackFromItsMultikey() throws Exception {
        var key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        var multibase = IssuerKey.publicKeyMultibase(key);

        assertThat(multibase).startsWith("z6Mk").hasSize(48);
        assertThat(IssuerKey.fromMultibase(multibase)).contains(key);
        assertThat(IssuerKey.fromMultibase("z" + multibase.substring(2))).isEmpty();
    }
}
