/**
 * The issuer's keys: the Ed25519 key pairs Attune signs its verifiable credentials with, and the RSA key pairs it
 * signs its LTI 1.3 JWTs with (purpose {@code lti}), one active key per purpose for the whole cluster, created once at the first start and kept in the database with its private key sealed under the
 * key-encryption key ({@link org.attune.database.KeyEncryption}). Rotation retires the active key and makes a new
 * one; no key is ever deleted, so the public key of everything ever signed stays published. It uses only the
 * database package, and never hands out a private key: callers get a {@link org.attune.keys.Signer}.
 */
package org.attune.keys;
