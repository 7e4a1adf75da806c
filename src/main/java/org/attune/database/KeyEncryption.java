package org.attune.database;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps secrets the application must read back (two-step sign-in secrets, signing keys) encrypted in the database,
 * with AES-256-GCM under a key-encryption key that is never in the database or the WAR: from the environment
 * ({@code ATTUNE_KEY_ENCRYPTION_KEY}, Base64 of 32 bytes) or, when that is unset, from a file in the server's data
 * directory ({@code attune/key-encryption-key}, readable by its owner only), generated at the first start. Every
 * server of a cluster needs the same key, so a cluster sets the variable.
 *
 * <p>Each sealed value names its purpose (say {@code "totp-secret 12"}), authenticated with it: a value copied into
 * another row or used for another purpose does not open. A value that was tampered with, or sealed under another
 * key, does not open either ({@link SealedValueException}).
 */
@ApplicationScoped
public class KeyEncryption {

    public static final String VARIABLE = "ATTUNE_KEY_ENCRYPTION_KEY";

    private static final Logger LOG = Logger.getLogger(KeyEncryption.class.getName());

    /** The first byte of every sealed value: which format (and so which key and cipher) sealed it. */
    private static final byte VERSION = 1;

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKey key;

    public KeyEncryption() {}

    KeyEncryption(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    @PostConstruct
    void load() {
        var dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        key = new SecretKeySpec(
                key(System.getenv(), Path.of(dataDir, "attune", "key-encryption-key"), LOG::info), "AES");
    }

    /** Loads the key as the application starts, so that start-up says where it came from, or fails on a bad one. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        key.getAlgorithm();
    }

    /**
     * The key: from the environment when set (refused unless it is Base64 of 32 bytes: a wrong key would make every
     * sealed value unreadable), else from the file, made with a new random key when it does not exist.
     */
    static byte[] key(Map<String, String> environment, Path file, Consumer<String> log) {
        var configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(VARIABLE + " is not Base64; make one with: openssl rand -base64 32");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException(
                        VARIABLE + " is " + key.length + " bytes, not 32; make one with: openssl rand -base64 32");
            }
            log.accept("The key-encryption key comes from " + VARIABLE);
            return key;
        }
        try {
            if (Files.notExists(file)) {
                create(file);
                log.accept("Made a new key-encryption key in " + file + " (readable by its owner only). Every server of"
                        + " a cluster needs the same key: set " + VARIABLE + " to its contents instead.");
            } else {
                log.accept("The key-encryption key comes from " + file + " (" + VARIABLE + " is not set)");
            }
            var key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException(file + " does not hold a 32-byte key in Base64");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The key-encryption key file " + file + " cannot be read or made", e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        var key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        var text = Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.US_ASCII);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            // Created with its permissions in one step, so that it is never readable by others, not even briefly.
            if (posix) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                var asFile = file.toFile();
                asFile.setReadable(false, false);
                asFile.setReadable(true, true);
                asFile.setWritable(false, false);
                asFile.setWritable(true, true);
            }
            Files.write(file, text, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            // Another deployment on this data directory made it first: its key is the one to use.
        }
    }

    /** The value encrypted for the purpose, as text for a database column. */
    public String seal(byte[] plain, String purpose) {
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(plain);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                            .put(VERSION)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The value sealed for the purpose. */
    public byte[] open(String sealed, String purpose) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new SealedValueException("The sealed value is not Base64");
        }
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
            throw new SealedValueException("The sealed value is not in a format this version knows");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealedValueException("The sealed value does not open: sealed under another key (is " + VARIABLE
                    + " the same on every server?), for another purpose, or altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** A sealed value that does not open with this key for this purpose. */
    public static class SealedValueException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SealedValueException(String message) {
            super(message);
        }
    }
}
