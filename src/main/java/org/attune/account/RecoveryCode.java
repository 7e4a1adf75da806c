package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One of the ten codes that stand in for the authenticator on the day it is lost: shown once, when two-step
 * sign-in is set up, and kept only as a SHA-256 hash (a code is 50 random bits, so no slow hash is needed: nobody
 * can try 2^50 codes through a throttled sign-in, and the hash alone gives them away to nobody). Each works once.
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
        name = "RecoveryCode.unused",
        query = "select c from RecoveryCode c where c.accountId = :account and c.usedAt is null")
@NamedQuery(name = "RecoveryCode.forget", query = "delete from RecoveryCode c where c.accountId = :account")
public class RecoveryCode {

    static final int COUNT = 10;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(long accountId, String code) {
        this.accountId = accountId;
        this.codeHash = hash(accountId, code);
    }

    /** A new code, as the person sees it: ten letters and digits that cannot be mistaken for each other. */
    static String generate() {
        var code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    boolean matches(String typed) {
        return MessageDigest.isEqual(
                codeHash.getBytes(StandardCharsets.US_ASCII),
                hash(accountId, typed).getBytes(StandardCharsets.US_ASCII));
    }

    void use(Instant at) {
        usedAt = at;
    }

    /** The hash of a code for an account; case, spaces and hyphens as typed do not matter. */
    static String hash(long accountId, String code) {
        var normal = code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((accountId + ":" + normal).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
