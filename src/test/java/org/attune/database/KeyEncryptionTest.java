package org.attune.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionTest {

    private static final byte[] SECRET = "a TOTP secret of twenty".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dataDir;

    private final KeyEncryption sealing = new KeyEncryption(new byte[32]);

    @Test
    void aSealedValueOpensForItsPurposeAndHoldsNoPlainText() {
        var sealed = sealing.seal(SECRET, "totp-secret 1");
        assertThat(sealed).doesNotContain(Base64.getEncoder().encodeToString(SECRET));
        assertThat(sealing.open(sealed, "totp-secret 1")).isEqualTo(SECRET);
        assertThat(sealing.seal(SECRET, "totp-secret 1"))
                .as("a new nonce every time")
                .isNotEqualTo(sealed);
    }

    @Test
    void aValueDoesNotOpenForAnotherPurposeUnderAnotherKeyOrAltered() {
        var sealed = sealing.seal(SECRET, "totp-secret 1");
        assertThatThrownBy(() -> sealing.open(sealed, "totp-secret 2"))
                .isInstanceOf(KeyEncryption.SealedValueException.class);
        var otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new KeyEncryption(otherKey).open(sealed, "totp-secret 1"))
                .isInstanceOf(KeyEncryption.SealedValueException.class)
                .hasMessageContaining("ATTUNE_KEY_ENCRYPTION_KEY");
        var bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> sealing.open(Base64.getEncoder().encodeToString(bytes), "totp-secret 1"))
                .isInstanceOf(KeyEncryption.SealedValueException.class);
    }

    @Test
    void theKeyComesFromTheEnvironmentWhenSet() {
        var key = new byte[32];
        key[5] = 42;
        var log = new ArrayList<String>();
        var loaded = KeyEncryption.key(
                Map.of("ATTUNE_KEY_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(key)),
                dataDir.resolve("attune/key-encryption-key"),
                log::add);
        assertThat(loaded).isEqualTo(key);
        assertThat(dataDir.resolve("attune/key-encryption-key")).doesNotExist();
        assertThat(log).singleElement().asString().contains("ATTUNE_KEY_ENCRYPTION_KEY");
    }

    @Test
    void aKeyInTheEnvironmentThatIsNot32BytesStopsStartUp() {
        var file = dataDir.resolve("attune/key-encryption-key");
        assertThatThrownBy(() -> KeyEncryption.key(
                        Map.of("ATTUNE_KEY_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[16])),
                        file,
                        message -> {}))
                .hasMessageContaining("16 bytes, not 32");
        assertThatThrownBy(() -> KeyEncryption.key(Map.of("ATTUNE_KEY_ENCRYPTION_KEY", "not base64!"), file, m -> {}))
                .hasMessageContaining("not Base64");
    }

    @Test
    void withoutTheVariableAKeyIsMadeOnceInAnOwnerOnlyFileAndKept() throws Exception {
        var file = dataDir.resolve("attune/key-encryption-key");
        var log = new ArrayList<String>();
        var first = KeyEncryption.key(Map.of(), file, log::add);
        assertThat(first).hasSize(32).isNotEqualTo(new byte[32]);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(log).singleElement().asString().contains("Made a new key-encryption key in " + file);
        assertThat(KeyEncryption.key(Map.of(), file, log::add)).isEqualTo(first);
        assertThat(log.get(1)).contains("comes from " + file);
    }
}
